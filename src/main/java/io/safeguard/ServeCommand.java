package io.safeguard;

import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Start the web server (the default command).")
class ServeCommand implements Callable<Integer> {
    private static volatile boolean started;

    @ParentCommand
    Safeguard root;

    @Option(names = "--port", defaultValue = "${SAFEGUARD_PORT:-8080}", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--demo", description = "Load the demo organizations (once; kept on later starts).")
    boolean demo;

    @Override
    public Integer call() {
        var application = new SpringApplication(SafeguardApplication.class);
        var properties = root.data.properties();
        properties.put("server.port", port);
        properties.put("safeguard.demo", demo);
        application.run(DataOptions.asArguments(properties));
        started = true;
        return 0;
    }

    static boolean started() {
        return started;
    }
}

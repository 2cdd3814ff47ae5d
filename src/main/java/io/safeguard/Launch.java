package io.safeguard;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server, for CLI commands that read or change the database. When a server
 * already holds the embedded database file, says so instead of failing with a stack trace.
 */
final class Launch {
    private Launch() {}

    static ConfigurableApplicationContext database(DataOptions data) {
        var application = new SpringApplication(SafeguardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        Map<String, Object> properties = data.properties();
        properties.put("logging.level.root", "WARN");
        properties.put("safeguard.demo", false);
        try {
            return application.run(DataOptions.asArguments(properties));
        } catch (RuntimeException e) {
            if (mentions(e, "already in use") || mentions(e, "Database may be already")) {
                throw new DatabaseBusy(data.dataDir.toString());
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The embedded database is open in a running server. */
    static final class DatabaseBusy extends RuntimeException {
        DatabaseBusy(String dataDir) {
            super("The database in " + dataDir + " is in use by a running Safeguard server. "
                    + "Stop the server first, or use the web pages or REST API.");
        }
    }
}

package io.safeguard;

import io.safeguard.identity.cli.ActivityCommand;
import io.safeguard.identity.cli.AdminCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code safeguard} command line. {@code serve} (the default) runs the web server; the other commands either open
 * the database without a web server or, when they need no data, run without any Spring context.
 */
@Command(name = "safeguard", mixinStandardHelpOptions = true, versionProvider = Safeguard.Version.class,
        description = "Self-hosted HIPAA compliance platform.",
        subcommands = {ServeCommand.class, AdminCommand.class, ActivityCommand.class, CommandLine.HelpCommand.class})
public class Safeguard {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int exit = new CommandLine(new Safeguard()).setCaseInsensitiveEnumValuesAllowed(true).execute(effective);
        if (exit != 0 || !ServeCommand.started()) {
            System.exit(exit);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Safeguard.class.getPackage().getImplementationVersion();
            return new String[] {"Safeguard " + (version == null ? "(development build)" : version)};
        }
    }
}

package io.safeguard;

import io.safeguard.bundle.cli.ExportBundleCommand;
import io.safeguard.assessment.cli.AssessCommand;
import io.safeguard.assessment.cli.BenchAssessCommand;
import io.safeguard.bundle.cli.ImportBundleCommand;
import io.safeguard.incident.cli.BreachCommand;
import io.safeguard.penalty.cli.PenaltyCommand;
import io.safeguard.risk.cli.BenchRiskCommand;
import io.safeguard.risk.cli.RiskReportCommand;
import io.safeguard.identity.cli.ActivityCommand;
import io.safeguard.identity.cli.AdminCommand;
import io.safeguard.imports.cli.BenchImportCommand;
import io.safeguard.imports.cli.ImportCommand;
import io.safeguard.organization.cli.OrganizationsCommand;
import io.safeguard.shared.DatabaseCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;

/**
 * The {@code safeguard} command line. {@code serve} (the default) runs the web server; a {@link DatabaseCommand}
 * gets the application without a web server; any other command runs without a Spring context.
 */
@Command(name = "safeguard", mixinStandardHelpOptions = true, versionProvider = Safeguard.Version.class,
        description = "Self-hosted HIPAA compliance platform.",
        subcommands = {ServeCommand.class, AdminCommand.class, ActivityCommand.class, ImportCommand.class, BenchImportCommand.class, OrganizationsCommand.class,
                ExportBundleCommand.class, ImportBundleCommand.class, io.safeguard.accesslog.cli.AccesslogCommand.class, RiskReportCommand.class, BenchRiskCommand.class, AssessCommand.class, BenchAssessCommand.class, BenchHttpCommand.class, BreachCommand.class, PenaltyCommand.class,
                CommandLine.HelpCommand.class})
public class Safeguard {
    @Mixin
    DataOptions data;

    public static void main(String[] args) {
        int exit = run(args);
        if (exit != 0 || !ServeCommand.started()) {
            System.exit(exit);
        }
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        var root = new Safeguard();
        return new CommandLine(root)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(root::execute)
                .execute(effective);
    }

    private int execute(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (last.commandSpec().userObject() instanceof io.safeguard.shared.OfflineCommand command
                && !CommandLine.printHelpIfRequested(parsed)) {
            try (var offline = Launch.offline()) {
                return command.run(offline.context()::getBean);
            } catch (IllegalArgumentException | java.io.IOException | io.safeguard.shared.BusinessRuleViolation e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
        if (last.commandSpec().userObject() instanceof DatabaseCommand command && command.needsDatabase()
                && !CommandLine.printHelpIfRequested(parsed)) {
            try (var context = Launch.database(data)) {
                return command.run(context::getBean);
            } catch (Launch.DatabaseBusy e) {
                System.err.println(e.getMessage());
                return 3;
            } catch (IllegalArgumentException | java.io.IOException | io.safeguard.shared.NotFound
                    | io.safeguard.shared.AccessDenied | io.safeguard.shared.BusinessRuleViolation e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Safeguard.class.getPackage().getImplementationVersion();
            return new String[] {"Safeguard " + (version == null ? "(development build)" : version)};
        }
    }
}

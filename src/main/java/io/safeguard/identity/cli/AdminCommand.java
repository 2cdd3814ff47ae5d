package io.safeguard.identity.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.DatabaseCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "admin", description = "Platform administration.", subcommands = AdminCommand.CreateOwner.class)
public class AdminCommand {

    /** The headless counterpart of the one-time setup page. */
    @Command(name = "create-owner", description = "Create the first owner account (only while no account exists).")
    static class CreateOwner implements DatabaseCommand {
        @Option(names = "--email", required = true, description = "E-mail address (the sign-in name).")
        String email;

        @Option(names = "--name", required = true, description = "Display name.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Option(names = "--password", interactive = true, arity = "0..1", description = "Prompt for the password.")
        char[] password;

        @Override
        public int run(Beans beans) throws Exception {
            String secret = passwordFromStdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                    : password == null ? null : new String(password);
            if (secret == null || secret.isEmpty()) {
                System.err.println("Give a password with --password (prompted) or --password-stdin.");
                return 2;
            }
            try {
                var account = beans.get(AccountAdministration.class).createFirstOwner(email, name, secret);
                System.out.println("Created owner " + account.email() + ". Sign in on the web server's address.");
                return 0;
            } catch (BusinessRuleViolation e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}

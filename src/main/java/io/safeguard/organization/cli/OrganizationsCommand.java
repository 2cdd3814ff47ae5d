package io.safeguard.organization.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.DatabaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the organizations an account works in, with the ids other commands take as {@code --tenant}. */
@Command(name = "organizations", description = "List the organizations of an account, with their ids.")
public class OrganizationsCommand implements DatabaseCommand {
    @Option(names = "--as", required = true, description = "E-mail of the account.")
    String account;

    @Override
    public int run(Beans beans) {
        var person = beans.get(AccountAdministration.class).findByEmail(account)
                .orElseThrow(() -> new IllegalArgumentException("no account " + account));
        for (var entry : beans.get(Organizations.class).portfolio(person.id())) {
            System.out.println(entry.organization().id() + "  " + entry.organization().name() + "  (" + entry.role().label() + ")");
        }
        return 0;
    }
}

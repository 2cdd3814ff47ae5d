package io.safeguard.bundle.cli;

import io.safeguard.bundle.Bundles;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.shared.DatabaseCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-bundle", description = "Create a new organization from a bundle folder (all or nothing).")
public class ImportBundleCommand implements DatabaseCommand {
    @Parameters(index = "0", description = "The bundle folder.")
    Path folder;

    @Option(names = "--as", required = true, description = "E-mail of the platform administrator who will own the organization.")
    String account;

    @Override
    public int run(Beans beans) throws Exception {
        var owner = beans.get(AccountAdministration.class).findByEmail(account)
                .orElseThrow(() -> new IllegalArgumentException("no account " + account));
        var tenant = beans.get(Bundles.class).importAsNew(owner.id(), owner.platformAdmin(), folder);
        System.out.println("Imported as organization " + tenant);
        return 0;
    }
}

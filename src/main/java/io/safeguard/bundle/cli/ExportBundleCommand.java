package io.safeguard.bundle.cli;

import io.safeguard.bundle.Bundles;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantId;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-bundle", description = "Write one organization's whole program to a folder of YAML and CSV files.")
public class ExportBundleCommand implements DatabaseCommand {
    @Option(names = "--tenant", required = true, description = "The organization's id.")
    String tenant;

    @Option(names = "--as", required = true, description = "E-mail of a member of the organization (the export is recorded for it).")
    String account;

    @Option(names = "--out", required = true, description = "The folder to write (created if missing).")
    Path out;

    @Override
    public int run(Beans beans) throws Exception {
        TenantId id = TenantId.parse(tenant);
        var person = beans.get(AccountAdministration.class).findByEmail(account)
                .orElseThrow(() -> new IllegalArgumentException("no account " + account));
        var scope = beans.get(TenantAccess.class).scopeOf(person.id(), id)
                .orElseThrow(() -> new IllegalArgumentException(account + " is not a member of " + tenant));
        beans.get(Bundles.class).export(scope, out);
        System.out.println("Wrote the bundle of " + id + " to " + out.toAbsolutePath());
        return 0;
    }
}

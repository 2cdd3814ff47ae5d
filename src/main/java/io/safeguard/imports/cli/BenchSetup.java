package io.safeguard.imports.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountSummary;
import io.safeguard.imports.ColumnMapping;
import io.safeguard.imports.ImportReport;
import io.safeguard.imports.Imports;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.OrganizationProfile;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.SizeCategory;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every benchmark command does first: an owner, a new organization, and CSV files imported the way users do. */
public final class BenchSetup {
    private BenchSetup() {}

    /** The platform's first owner, created for the benchmark on an empty data folder. */
    public static AccountSummary owner(DatabaseCommand.Beans beans) {
        var accounts = beans.get(AccountAdministration.class);
        return accounts.setupNeeded()
                ? accounts.createFirstOwner("load-test@safeguard.invalid", "Benchmark", "quiet rivers carry heavy stones")
                : accounts.platformAdministrators().getFirst();
    }

    /** A new large covered entity in UTC, and the owner's scope in it. */
    public static TenantScope organization(DatabaseCommand.Beans beans, AccountSummary owner, String name, int workforce) {
        var tenant = beans.get(Organizations.class).create(owner.id(), true, OrganizationProfile.parse(name,
                EntityType.COVERED_ENTITY, SizeCategory.LARGE, workforce, "OR", "UTC", null, null));
        return new TenantScope(tenant, owner.id(), Role.OWNER);
    }

    /** Imports a CSV file through the same path as the pages, with the suggested column mapping. */
    public static ImportReport importFile(DatabaseCommand.Beans beans, TenantScope scope, String kind, Path file) throws Exception {
        var imports = beans.get(Imports.class);
        var target = imports.kind(kind);
        ColumnMapping mapping;
        try (InputStream in = Files.newInputStream(file)) {
            mapping = imports.preview(target, in).suggested();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return imports.run(scope, target, in, mapping, false, rows -> { });
        }
    }
}

package io.safeguard.bundle;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.OrganizationBundle;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.AccountId;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports an organization's program to a folder, and imports a folder as a new organization (all or nothing). */
@Service
public class Bundles {
    static final String FORMAT = "safeguard-bundle/1";
    private final List<BundleSection> sections;
    private final OrganizationBundle organization;
    private final Organizations organizations;
    private final ActivityTrail trail;

    Bundles(List<BundleSection> sections, OrganizationBundle organization, Organizations organizations, ActivityTrail trail) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(BundleSection::order).thenComparing(BundleSection::name)).toList();
        this.organization = organization;
        this.organizations = organizations;
        this.trail = trail;
    }

    /** Not read-only: the export itself is recorded on the activity trail. */
    @Transactional
    public void export(TenantScope scope, Path folder) throws IOException {
        scope.require(Permission.VIEW);
        Files.createDirectories(folder);
        var bundle = new FolderBundle(folder);
        bundle.yaml("bundle.yaml", new Manifest(FORMAT, sections.stream().map(BundleSection::name).toList()));
        for (BundleSection section : sections) {
            section.exportTo(scope.tenantId(), bundle);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "bundle.export", "organization", scope.tenantId()));
    }

    /** Creates a new organization, owned by {@code account} (a platform administrator), from a bundle folder. */
    @Transactional(rollbackFor = Exception.class)
    public TenantId importAsNew(AccountId account, boolean platformAdmin, Path folder) throws IOException {
        var bundle = new FolderBundle(folder);
        Manifest manifest = bundle.yaml("bundle.yaml", Manifest.class);
        if (!FORMAT.equals(manifest.format())) {
            throw new IOException("bundle.yaml: format " + manifest.format() + " is not " + FORMAT);
        }
        TenantId tenant = organizations.create(account, platformAdmin, organization.profile(bundle));
        var scope = new TenantScope(tenant, account, Role.OWNER);
        for (BundleSection section : sections) {
            section.importFrom(scope, bundle);
        }
        trail.record(ActivityEntry.of(tenant, "bundle.import", "organization", tenant));
        return tenant;
    }

    record Manifest(String format, List<String> sections) {}
}

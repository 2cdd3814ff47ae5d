package io.safeguard.organization;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The organization's part of a bundle: {@code organization/profile.yaml} (who it is under HIPAA, its officials) and
 * {@code organization/sites.csv}. The profile is read first, to create the organization the other sections fill.
 */
@Component
public class OrganizationBundle implements BundleSection {
    static final String PROFILE = "organization/profile.yaml";
    static final String SITES = "organization/sites.csv";
    private final Organizations organizations;

    OrganizationBundle(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        Organization o = organizations.get(tenant);
        out.yaml(PROFILE, new ProfileFile(o.name(), o.entityType(), o.size(), o.workforceCount(), List.copyOf(o.states()),
                o.zone().getId(), o.securityOfficial(), o.privacyOfficial()));
        List<List<String>> rows = new ArrayList<>();
        organizations.sites(tenant).stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(s -> rows.add(Arrays.asList(s.name(), s.address(), s.state())));
        out.csv(SITES, List.of("name", "address", "state"), rows);
    }

    /** The profile of a bundle, checked like any profile: a bad file names what is wrong. */
    public OrganizationProfile profile(BundleReader in) throws IOException {
        ProfileFile file = in.yaml(PROFILE, ProfileFile.class);
        return OrganizationProfile.parse(file.name(), file.entityType(), file.size(), file.workforceCount(),
                String.join(",", file.states()), file.zone(), file.securityOfficial(), file.privacyOfficial());
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        for (BundleReader.Row row : in.csv(SITES)) {
            organizations.addSite(scope, row.get("name"), row.get("address"), row.get("state"));
        }
    }

    record ProfileFile(String name, EntityType entityType, SizeCategory size, @Nullable Integer workforceCount,
            List<String> states, String zone, @Nullable Official securityOfficial, @Nullable Official privacyOfficial) {}
}

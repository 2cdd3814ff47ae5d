package io.safeguard.vendor;

import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the demo organizations' vendors, agreements and cloud services ({@code demo/vendors-<key>.yaml}) once. */
@Component
class VendorDemo {
    private final JdbcVendors vendors;
    private final JdbcBaas baas;
    private final JdbcCloudServices cloud;
    private final Clock clock;

    VendorDemo(JdbcVendors vendors, JdbcBaas baas, JdbcCloudServices cloud, Clock clock) {
        this.vendors = vendors;
        this.baas = baas;
        this.cloud = cloud;
        this.clock = clock;
    }

    @EventListener
    @org.springframework.core.annotation.Order(10) // before the risk demo, which refers to this data
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/vendors-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !vendors.all(event.tenantId()).isEmpty()) {
            return;
        }
        DemoFile demo;
        try (InputStream in = resource.getInputStream()) {
            demo = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoFile.class);
        }
        load(event.tenantId(), demo);
    }

    private void load(TenantId tenant, DemoFile demo) {
        Map<String, UUID> ids = new HashMap<>();
        Instant now = clock.instant();
        for (DemoVendor v : demo.vendors()) {
            UUID id = UUID.randomUUID();
            ids.put(v.name(), id);
            var details = new VendorDetails(v.name(), v.category(), v.services(),
                    new PhiHandling(v.phi().contains("creates"), v.phi().contains("receives"), v.phi().contains("maintains"),
                            v.phi().contains("transmits")),
                    v.contactName(), v.contactEmail(), v.subcontractorOf() == null ? null : ids.get(v.subcontractorOf()),
                    v.baaExemptReason());
            vendors.insert(tenant, id, details, v.added() == null ? now : v.added().atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
            for (DemoBaa b : v.agreements()) {
                baas.insert(tenant, new Baa(UUID.randomUUID(), id, b.requestedOn(), b.effectiveOn(), b.expiresOn(),
                        b.terminatedOn(), b.scope(), null,
                        Instant.parse((b.effectiveOn() != null ? b.effectiveOn() : b.requestedOn()) + "T16:00:00Z")));
            }
            for (DemoCloudService s : v.cloudServices()) {
                cloud.insert(tenant, new CloudService(UUID.randomUUID(), id, s.provider(), s.service(), s.name(), s.tier(),
                        s.regions(), s.features(), s.holdsPhi()), now);
            }
        }
    }

    record DemoFile(List<DemoVendor> vendors) {}

    record DemoVendor(String name, @Nullable LocalDate added, VendorCategory category, @Nullable String services, List<String> phi,
            @Nullable String contactName, @Nullable String contactEmail, @Nullable String subcontractorOf,
            @Nullable String baaExemptReason, List<DemoBaa> agreements, List<DemoCloudService> cloudServices) {}

    record DemoBaa(@Nullable LocalDate requestedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn,
            @Nullable LocalDate terminatedOn, @Nullable String scope) {}

    record DemoCloudService(String provider, @Nullable String service, String name, @Nullable String tier,
            @Nullable String regions, List<String> features, boolean holdsPhi) {}
}

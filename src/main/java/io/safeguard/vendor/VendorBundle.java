package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The vendor part of a bundle: {@code vendors/vendors.csv}, {@code vendors/agreements.csv},
 * {@code vendors/cloud-services.csv} and the organization's edits of the eligibility list
 * ({@code vendors/eligibility-edits.csv}), linked by vendor name.
 */
@Component
class VendorBundle implements BundleSection {
    private static final List<String> VENDORS = List.of("name", "category", "services", "phiCreates", "phiReceives",
            "phiMaintains", "phiTransmits", "contactName", "contactEmail", "subcontractorOf", "baaExemptReason", "createdAt", "materiallyChangedAt");
    private static final List<String> AGREEMENTS = List.of("vendor", "requestedOn", "effectiveOn", "expiresOn",
            "terminatedOn", "scope", "recordedAt", "signedDocument");
    private static final List<String> CLOUD = List.of("vendor", "provider", "service", "name", "tier", "regions",
            "features", "holdsPhi");
    private final JdbcVendors vendors;
    private final JdbcBaas baas;
    private final JdbcCloudServices cloud;
    private final java.time.Clock clock;
    private final io.safeguard.documents.Evidence evidence;
    private final EligibilityList eligibility;

    VendorBundle(JdbcVendors vendors, JdbcBaas baas, JdbcCloudServices cloud, java.time.Clock clock,
            io.safeguard.documents.Evidence evidence, EligibilityList eligibility) {
        this.evidence = evidence;
        this.eligibility = eligibility;
        this.vendors = vendors;
        this.baas = baas;
        this.cloud = cloud;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "vendors";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<Vendor> all = vendors.all(tenant).stream().sorted(Comparator.comparing(Vendor::name)).toList();
        Map<UUID, String> names = new HashMap<>();
        all.forEach(v -> names.put(v.id(), v.name()));
        List<List<String>> vendorRows = new ArrayList<>();
        for (Vendor v : all) {
            vendorRows.add(Arrays.asList(v.name(), v.category().name(), v.services(), flag(v.phi().creates()),
                    flag(v.phi().receives()), flag(v.phi().maintains()), flag(v.phi().transmits()), v.contactName(),
                    v.contactEmail(), v.subcontractorOf() == null ? null : names.get(v.subcontractorOf()), v.baaExemptReason(),
                    v.createdAt().toString(), v.materiallyChangedAt().toString()));
        }
        out.csv("vendors/vendors.csv", VENDORS, vendorRows);
        List<List<String>> agreementRows = new ArrayList<>();
        baas.all(tenant).stream()
                .sorted(Comparator.comparing((Baa b) -> names.get(b.vendorId())).thenComparing(Baa::recordedAt))
                .forEach(b -> agreementRows.add(Arrays.asList(names.get(b.vendorId()), text(b.requestedOn()),
                        text(b.effectiveOn()), text(b.expiresOn()), text(b.terminatedOn()), b.scope(), b.recordedAt().toString(),
                        b.signedDocumentId() == null ? null : evidence.find(tenant, b.signedDocumentId())
                                .map(e -> e.sha256() + "/" + e.fileName()).orElse(null))));
        out.csv("vendors/agreements.csv", AGREEMENTS, agreementRows);
        List<List<String>> cloudRows = new ArrayList<>();
        cloud.all(tenant).stream()
                .sorted(Comparator.comparing((CloudService c) -> names.get(c.vendorId())).thenComparing(CloudService::serviceName))
                .forEach(c -> cloudRows.add(Arrays.asList(names.get(c.vendorId()), c.providerKey(), c.serviceKey(),
                        c.serviceName(), c.tier(), c.regions(), String.join("; ", c.featuresInUse()), flag(c.holdsPhi()))));
        out.csv("vendors/cloud-services.csv", CLOUD, cloudRows);
        out.csv("vendors/eligibility-edits.csv", List.of("provider", "service", "name", "eligible", "tiers", "excludedFeatures",
                "note", "editedBy", "editedAt"), eligibility.edits(tenant).stream()
                .map(e -> Arrays.asList(e.entry().providerKey(), e.entry().serviceKey(), e.entry().name(), flag(e.entry().eligible()),
                        String.join("; ", e.entry().tiers()), String.join("; ", e.entry().excludedFeatures()), e.entry().note(),
                        e.editedBy(), e.editedAt().toString()))
                .toList());
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        Map<String, UUID> ids = new HashMap<>();
        Instant now = clock.instant();
        List<BundleReader.Row> vendorRows = in.csv("vendors/vendors.csv");
        for (BundleReader.Row row : vendorRows) {
            ids.put(row.get("name"), UUID.randomUUID());
        }
        // Parents first, so that a subcontractor's reference resolves.
        List<BundleReader.Row> ordered = new ArrayList<>(vendorRows);
        ordered.sort(Comparator.comparing(r -> r.get("subcontractorOf") == null ? 0 : 1));
        for (BundleReader.Row row : ordered) {
            try {
                var details = new VendorDetails(row.get("name"), VendorCategory.valueOf(row.get("category")), row.get("services"),
                        new PhiHandling(yes(row, "phiCreates"), yes(row, "phiReceives"), yes(row, "phiMaintains"), yes(row, "phiTransmits")),
                        row.get("contactName"), row.get("contactEmail"),
                        row.get("subcontractorOf") == null ? null : required(ids, row.get("subcontractorOf"), row),
                        row.get("baaExemptReason"));
                // When a vendor was added and last changed decides whether a risk analysis covered it.
                vendors.insert(scope.tenantId(), ids.get(row.get("name")), details, instant(row, "createdAt", now));
                vendors.restoreMaterialChange(scope.tenantId(), ids.get(row.get("name")), instant(row, "materiallyChangedAt", now));
            } catch (RuntimeException e) {
                throw new IOException("vendors/vendors.csv line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        for (BundleReader.Row row : in.csv("vendors/agreements.csv")) {
            try {
                baas.insert(scope.tenantId(), new Baa(UUID.randomUUID(), required(ids, row.get("vendor"), row),
                        date(row.get("requestedOn")), date(row.get("effectiveOn")), date(row.get("expiresOn")),
                        date(row.get("terminatedOn")), row.get("scope"), signedDocument(scope, row.get("signedDocument")),
                        Instant.parse(row.get("recordedAt"))));
            } catch (RuntimeException e) {
                throw new IOException("vendors/agreements.csv line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        for (BundleReader.Row row : in.csv("vendors/cloud-services.csv")) {
            String features = row.get("features");
            cloud.insert(scope.tenantId(), new CloudService(UUID.randomUUID(), required(ids, row.get("vendor"), row),
                    row.get("provider"), row.get("service"), row.get("name"), row.get("tier"), row.get("regions"),
                    features == null ? List.of() : Arrays.stream(features.split(";")).map(String::strip).toList(),
                    "yes".equals(row.get("holdsPhi"))), now);
        }
        for (BundleReader.Row row : in.csv("vendors/eligibility-edits.csv")) {
            eligibility.override(scope.tenantId(), new EligibilityEntry(row.get("provider"), row.get("provider"), row.get("service"),
                    row.get("name"), "yes".equals(row.get("eligible")), list(row.get("tiers")), list(row.get("excludedFeatures")),
                    null, true, row.get("note"), null, true), row.get("editedBy"), Instant.parse(row.get("editedAt")));
        }
    }

    private static List<String> list(@Nullable String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private @Nullable UUID signedDocument(TenantScope scope, @Nullable String reference) {
        if (reference == null) {
            return null;
        }
        int slash = reference.indexOf('/');
        return evidence.find(scope.tenantId(), reference.substring(0, slash), reference.substring(slash + 1))
                .map(io.safeguard.documents.EvidenceFile::id)
                .orElseThrow(() -> new IllegalArgumentException("the signed BAA file is not in documents/evidence.csv"));
    }

    private static UUID required(Map<String, UUID> ids, String name, BundleReader.Row row) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("line " + row.line() + " names a vendor that is not in vendors.csv");
        }
        return id;
    }

    private static boolean yes(BundleReader.Row row, String column) {
        return "yes".equals(row.get(column));
    }

    private static String flag(boolean value) {
        return value ? "yes" : "no";
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** Bundles written before vendors carried their timestamps import as added now. */
    private static Instant instant(BundleReader.Row row, String column, Instant fallback) {
        return row.get(column) == null ? fallback : Instant.parse(row.get(column));
    }
}

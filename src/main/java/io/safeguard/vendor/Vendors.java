package io.safeguard.vendor;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor module's API: vendors, their business associate agreements and cloud services. */
@Service
@Transactional
public class Vendors {
    private final JdbcVendors vendors;
    private final JdbcBaas baas;
    private final JdbcCloudServices cloud;
    private final EligibilityList eligibility;
    private final Organizations organizations;
    private final ActivityTrail trail;
    private final Clock clock;

    Vendors(JdbcVendors vendors, JdbcBaas baas, JdbcCloudServices cloud, EligibilityList eligibility,
            Organizations organizations, ActivityTrail trail, Clock clock) {
        this.vendors = vendors;
        this.baas = baas;
        this.cloud = cloud;
        this.eligibility = eligibility;
        this.organizations = organizations;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    @Transactional(readOnly = true)
    public List<Vendor> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return vendors.all(scope.tenantId());
    }

    /** Every vendor of the organization, for other modules' exports (no caller to check). */
    @Transactional(readOnly = true)
    public List<Vendor> all(TenantId tenant) {
        return vendors.all(tenant);
    }

    @Transactional(readOnly = true)
    public Vendor get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return vendors.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("vendor", id));
    }

    public Vendor create(TenantScope scope, VendorDetails details) {
        scope.require(Permission.EDIT);
        checkUnique(scope.tenantId(), details.name(), null);
        checkSubcontractor(scope.tenantId(), details.subcontractorOf(), null);
        UUID id = UUID.randomUUID();
        vendors.insert(scope.tenantId(), id, details, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.create", "vendor", id).withDetail(details.name()));
        return get(scope, id);
    }

    public Vendor update(TenantScope scope, UUID id, VendorDetails details) {
        scope.require(Permission.EDIT);
        Vendor before = get(scope, id);
        checkUnique(scope.tenantId(), details.name(), id);
        checkSubcontractor(scope.tenantId(), details.subcontractorOf(), id);
        vendors.update(scope.tenantId(), id, details, Vendor.materialChange(details, before), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.update", "vendor", id).withDetail(details.name()));
        return get(scope, id);
    }

    /** Records an agreement or a request for one; renewals are new agreements, the old ones stay in the history. */
    public Baa recordBaa(TenantScope scope, UUID vendorId, @Nullable LocalDate requestedOn, @Nullable LocalDate effectiveOn,
            @Nullable LocalDate expiresOn, @Nullable String baaScope, @Nullable UUID signedDocumentId) {
        scope.require(Permission.EDIT);
        get(scope, vendorId);
        if (requestedOn == null && effectiveOn == null) {
            throw new BusinessRuleViolation("vendor.baa-dates", "Give the date the BAA was requested or the date it took effect.");
        }
        if (requestedOn != null && effectiveOn != null && effectiveOn.isBefore(requestedOn)) {
            throw new BusinessRuleViolation("vendor.baa-dates", "The BAA cannot take effect before it was requested.");
        }
        if (expiresOn != null && (effectiveOn == null || !expiresOn.isAfter(effectiveOn))) {
            throw new BusinessRuleViolation("vendor.baa-dates", "An expiry date needs an effective date before it.");
        }
        String cleanScope = baaScope == null || baaScope.isBlank() ? null : baaScope.strip();
        if (cleanScope != null && cleanScope.length() > 1000) {
            throw new BusinessRuleViolation("vendor.baa-scope", "The scope may have at most 1000 characters.");
        }
        var baa = new Baa(UUID.randomUUID(), vendorId, requestedOn, effectiveOn, expiresOn, null, cleanScope,
                signedDocumentId, clock.instant());
        baas.insert(scope.tenantId(), baa);
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.baa.record", "vendor", vendorId)
                .withDetail(effectiveOn == null ? "requested " + requestedOn : "effective " + effectiveOn
                        + (expiresOn == null ? "" : ", expires " + expiresOn)));
        return baa;
    }

    public void terminateBaa(TenantScope scope, UUID baaId, LocalDate on) {
        scope.require(Permission.EDIT);
        Baa baa = baas.all(scope.tenantId()).stream().filter(b -> b.id().equals(baaId)).findFirst()
                .orElseThrow(() -> new NotFound("business associate agreement", baaId));
        if (baas.terminate(scope.tenantId(), baaId, on) == 0) {
            throw new BusinessRuleViolation("vendor.baa-terminated", "This agreement is already terminated.");
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.baa.terminate", "vendor", baa.vendorId()).withDetail("on " + on));
    }

    @Transactional(readOnly = true)
    public List<Baa> agreements(TenantScope scope, UUID vendorId) {
        get(scope, vendorId);
        return baas.all(scope.tenantId()).stream().filter(b -> b.vendorId().equals(vendorId)).toList();
    }

    /** The vendor's BAA standing on a date, for other modules (assessment, incidents). */
    @Transactional(readOnly = true)
    public BaaStanding standing(TenantId tenant, UUID vendorId, LocalDate on) {
        return BaaStanding.of(baas.all(tenant).stream().filter(b -> b.vendorId().equals(vendorId)).toList(), on);
    }

    public CloudService addCloudService(TenantScope scope, UUID vendorId, String providerKey, @Nullable String serviceKey,
            String serviceName, @Nullable String tier, @Nullable String regions, List<String> features, boolean holdsPhi) {
        scope.require(Permission.EDIT);
        get(scope, vendorId);
        if (serviceName == null || serviceName.isBlank() || serviceName.length() > 160 || providerKey == null || providerKey.isBlank()) {
            throw new BusinessRuleViolation("vendor.cloud-service", "Choose the provider and name the service (at most 160 characters).");
        }
        var service = new CloudService(UUID.randomUUID(), vendorId, providerKey.strip(),
                serviceKey == null || serviceKey.isBlank() ? null : serviceKey.strip(), serviceName.strip(),
                blankToNull(tier), blankToNull(regions),
                features.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList(), holdsPhi);
        cloud.insert(scope.tenantId(), service, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.cloud-service.add", "cloud-service", service.id())
                .withDetail(service.serviceName()));
        return service;
    }

    public void removeCloudService(TenantScope scope, UUID id) {
        scope.require(Permission.EDIT);
        if (cloud.delete(scope.tenantId(), id) == 0) {
            throw new NotFound("cloud service", id);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.cloud-service.remove", "cloud-service", id));
    }

    @Transactional(readOnly = true)
    public VendorOverview overview(TenantScope scope) {
        scope.require(Permission.VIEW);
        return overview(scope.tenantId(), today(scope.tenantId()));
    }

    /** The overview as of any date (assessments re-run "as of" a past date give the same answer). */
    @Transactional(readOnly = true)
    public VendorOverview overview(TenantId tenant, LocalDate asOf) {
        List<Vendor> all = vendors.all(tenant);
        Map<UUID, List<Baa>> agreements = baas.all(tenant).stream().collect(Collectors.groupingBy(Baa::vendorId));
        Map<UUID, Vendor> byId = all.stream().collect(Collectors.toMap(Vendor::id, v -> v));
        List<VendorOverview.Row> rows = new ArrayList<>();
        for (Vendor v : all) {
            var subs = all.stream().filter(s -> v.id().equals(s.subcontractorOf())).map(Vendor::name).toList();
            rows.add(new VendorOverview.Row(v, BaaStanding.of(agreements.getOrDefault(v.id(), List.of()), asOf), subs));
        }
        var list = eligibility.forTenant(tenant);
        List<VendorOverview.CloudRow> cloudRows = new ArrayList<>();
        for (CloudService s : cloud.all(tenant)) {
            var standing = BaaStanding.of(agreements.getOrDefault(s.vendorId(), List.of()), asOf);
            String provider = byId.containsKey(s.vendorId()) ? byId.get(s.vendorId()).name() : s.providerKey();
            cloudRows.add(new VendorOverview.CloudRow(s, provider, Eligibility.of(s, eligibility.entry(list, s), standing)));
        }
        return new VendorOverview(asOf, rows, cloudRows);
    }

    @Transactional(readOnly = true)
    public Map<String, Map<String, EligibilityEntry>> eligibilityList(TenantScope scope) {
        scope.require(Permission.VIEW);
        return eligibility.forTenant(scope.tenantId());
    }

    public String starterListVersion() {
        return eligibility.starterVersion();
    }

    /** Records the organization's reading of a provider's current list for one service. */
    public void editEligibility(TenantScope scope, String providerKey, String serviceKey, String name, boolean eligibleService,
            List<String> tiers, List<String> excludedFeatures, @Nullable String note, String editedBy) {
        scope.require(Permission.EDIT);
        if (providerKey.isBlank() || serviceKey.isBlank() || name.isBlank() || name.length() > 160
                || !serviceKey.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new BusinessRuleViolation("vendor.eligibility", "Give the provider, a service key (lower-case letters, digits, dashes) and a name.");
        }
        var entry = new EligibilityEntry(providerKey, providerKey, serviceKey, name.strip(), eligibleService, tiers,
                excludedFeatures, null, true, blankToNull(note), today(scope.tenantId()), true);
        eligibility.override(scope.tenantId(), entry, editedBy, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "vendor.eligibility.edit", "eligibility", providerKey + "/" + serviceKey)
                .withDetail(eligibleService ? "eligible" : "not eligible"));
    }

    private void checkUnique(TenantId tenant, String name, @Nullable UUID self) {
        vendors.findByName(tenant, name).filter(v -> !v.id().equals(self)).ifPresent(v -> {
            throw new BusinessRuleViolation("vendor.name-taken", "A vendor with this name exists already.");
        });
    }

    private void checkSubcontractor(TenantId tenant, @Nullable UUID parent, @Nullable UUID self) {
        if (parent == null) {
            return;
        }
        if (parent.equals(self)) {
            throw new BusinessRuleViolation("vendor.subcontractor-self", "A vendor cannot be its own subcontractor.");
        }
        vendors.find(tenant, parent).orElseThrow(() -> new NotFound("vendor", parent));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

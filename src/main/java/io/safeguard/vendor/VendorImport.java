package io.safeguard.vendor;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.Cells;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.ImportResult;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.shared.tabular.RowError;
import io.safeguard.shared.tabular.RowReader;
import io.safeguard.shared.tabular.TabularImport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Vendor inventory in bulk, matched by name: the same file twice changes nothing the second time. */
@Component
class VendorImport implements TabularImport {
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("name", "Vendor name", "the vendor's name (matches existing vendors)", "vendor", "vendor name", "company", "supplier"),
            ImportField.required("category", "Kind of vendor", "one of: EHR or practice software, Cloud or office-suite provider, Billing or revenue cycle, IT or managed services, Other software service, Health care provider, Records storage or disposal, Other", "type", "vendor type"),
            ImportField.optional("services", "Services", "what the vendor does for you", "description", "service"),
            ImportField.optional("phiCreates", "Creates PHI", "yes or no", "creates"),
            ImportField.optional("phiReceives", "Receives PHI", "yes or no", "receives"),
            ImportField.optional("phiMaintains", "Maintains (stores) PHI", "yes or no", "maintains", "stores phi"),
            ImportField.optional("phiTransmits", "Transmits PHI", "yes or no", "transmits"),
            ImportField.optional("contactName", "Contact name", "a person to reach", "contact"),
            ImportField.optional("contactEmail", "Contact e-mail", "an e-mail address", "email", "contact email"),
            ImportField.optional("baaExemptReason", "Why no BAA is needed", "only when the vendor touches PHI but is not a business associate", "baa exempt"));
    private final JdbcVendors vendors;
    private final ActivityTrail trail;
    private final Clock clock;

    VendorImport(JdbcVendors vendors, ActivityTrail trail, Clock clock) {
        this.vendors = vendors;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "vendors";
    }

    @Override
    public String title() {
        return "Vendors";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    @Transactional
    public ImportResult importRows(TenantScope scope, List<ImportRow> rows, boolean dryRun) {
        scope.require(Permission.EDIT);
        List<RowError> errors = new ArrayList<>();
        Map<String, VendorDetails> parsed = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (ImportRow row : rows) {
            VendorDetails details = parse(row, errors);
            if (details == null) {
                continue;
            }
            String key = details.name().toLowerCase(Locale.ROOT);
            if (lines.containsKey(key)) {
                errors.add(new RowError(row.line(), "name", "the same vendor appears on line " + lines.get(key)));
                continue;
            }
            lines.put(key, row.line());
            parsed.put(key, details);
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        Map<String, Vendor> existing = new HashMap<>();
        vendors.all(scope.tenantId()).forEach(v -> existing.put(v.name().toLowerCase(Locale.ROOT), v));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var entry : parsed.entrySet()) {
            Vendor current = existing.get(entry.getKey());
            VendorDetails d = entry.getValue();
            if (current == null) {
                created++;
                if (!dryRun) {
                    vendors.insert(scope.tenantId(), UUID.randomUUID(), d, clock.instant());
                }
            } else if (same(current, d)) {
                unchanged++;
            } else {
                updated++;
                if (!dryRun) {
                    vendors.update(scope.tenantId(), current.id(), withParent(d, current),
                            Vendor.materialChange(withParent(d, current), current), clock.instant());
                }
            }
        }
        if (!dryRun && created + updated > 0) {
            trail.record(ActivityEntry.of(scope.tenantId(), "vendor.import", "vendor", null)
                    .withDetail(created + " created, " + updated + " updated, " + unchanged + " unchanged"));
        }
        return new ImportResult(created, updated, unchanged, List.of(), !dryRun);
    }

    private static VendorDetails withParent(VendorDetails d, Vendor current) {
        return new VendorDetails(d.name(), d.category(), d.services(), d.phi(), d.contactName(), d.contactEmail(),
                current.subcontractorOf(), d.baaExemptReason());
    }

    private static boolean same(Vendor v, VendorDetails d) {
        return v.name().equals(d.name()) && v.category() == d.category() && java.util.Objects.equals(v.services(), d.services())
                && v.phi().equals(d.phi()) && java.util.Objects.equals(v.contactName(), d.contactName())
                && java.util.Objects.equals(v.contactEmail(), d.contactEmail())
                && java.util.Objects.equals(v.baaExemptReason(), d.baaExemptReason());
    }

    private static VendorDetails parse(ImportRow row, List<RowError> errors) {
        var r = new RowReader(row, errors);
        String name = r.required("name", v -> Cells.text(v, 160), "a vendor name is required");
        VendorCategory category = r.required("category", v -> Cells.choice(VendorCategory.class, v), "the kind of vendor is required");
        String services = r.optional("services", v -> Cells.text(v, 1000));
        var phi = new PhiHandling(r.flag("phiCreates"), r.flag("phiReceives"), r.flag("phiMaintains"), r.flag("phiTransmits"));
        String contactName = r.optional("contactName", v -> Cells.text(v, 120));
        String contactEmail = r.optional("contactEmail", v -> Cells.text(v, 254));
        String exempt = r.optional("baaExemptReason", v -> Cells.text(v, 500));
        if (!r.ok()) {
            return null;
        }
        try {
            return new VendorDetails(name, category, services, phi, contactName, contactEmail, null, exempt);
        } catch (BusinessRuleViolation e) {
            r.reject(e.code().endsWith("email") ? "contactEmail" : "name", e.getMessage());
            return null;
        }
    }
}

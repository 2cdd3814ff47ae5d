package io.safeguard.vendor;

import java.time.LocalDate;
import java.util.List;

/**
 * The vendor page at a glance: every vendor with its BAA standing, the vendors touching PHI without an executed,
 * unexpired BAA (164.308(b)(1), 164.502(e)), and the cloud services outside the providers' eligibility.
 */
public record VendorOverview(LocalDate asOf, List<Row> vendors, List<CloudRow> cloudServices) {

    public List<Row> withoutBaa() {
        return vendors.stream().filter(Row::gap).toList();
    }

    public List<CloudRow> outsideEligibility() {
        return cloudServices.stream().filter(c -> !c.eligibility().ok()).toList();
    }

    public record Row(Vendor vendor, BaaStanding baa, List<String> subcontractors) {
        /** Touches PHI, needs a BAA, and has no executed, unexpired one on the date. */
        public boolean gap() {
            return vendor.needsBaa() && !baa.status().covers();
        }
    }

    public record CloudRow(CloudService service, String providerName, Eligibility eligibility) {}
}

package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A vendor of the organization. {@code baaExemptReason} records why a vendor that touches PHI needs no business
 * associate agreement (e.g. a provider receiving PHI for treatment); without it, PHI access requires a BAA.
 */
public record Vendor(
        UUID id,
        TenantId tenantId,
        String name,
        VendorCategory category,
        @Nullable String services,
        PhiHandling phi,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable UUID subcontractorOf,
        @Nullable String baaExemptReason,
        Instant createdAt,
        Instant updatedAt,
        Instant materiallyChangedAt) {

    /**
     * Whether changing from {@code before} to {@code after} changes what a risk analysis assessed about the vendor: its
     * PHI handling, category, subcontracting or BAA exemption (a new contact or description does not).
     */
    public static boolean materialChange(VendorDetails after, Vendor before) {
        return !after.phi().equals(before.phi()) || after.category() != before.category()
                || !java.util.Objects.equals(after.subcontractorOf(), before.subcontractorOf())
                || !java.util.Objects.equals(after.baaExemptReason(), before.baaExemptReason());
    }

    public boolean needsBaa() {
        return phi.touchesPhi() && baaExemptReason == null;
    }
}

package io.safeguard.vendor;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable fields of a vendor, checked whatever the channel (form, API, import, demo). */
public record VendorDetails(
        String name,
        VendorCategory category,
        @Nullable String services,
        PhiHandling phi,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable UUID subcontractorOf,
        @Nullable String baaExemptReason) {

    public VendorDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 160) {
            throw new BusinessRuleViolation("vendor.name", "Give the vendor a name of at most 160 characters.");
        }
        if (category == null) {
            throw new BusinessRuleViolation("vendor.category", "Choose the kind of vendor.");
        }
        phi = phi == null ? PhiHandling.NONE : phi;
        services = trim(services, 1000, "services");
        contactName = trim(contactName, 120, "contact name");
        contactEmail = trim(contactEmail, 254, "contact e-mail");
        baaExemptReason = trim(baaExemptReason, 500, "reason no BAA is needed");
        if (contactEmail != null && !contactEmail.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new BusinessRuleViolation("vendor.contact-email", "The contact e-mail is not a valid address.");
        }
    }

    private static @Nullable String trim(@Nullable String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessRuleViolation("vendor.too-long", "The " + field + " may have at most " + max + " characters.");
        }
        return value;
    }
}

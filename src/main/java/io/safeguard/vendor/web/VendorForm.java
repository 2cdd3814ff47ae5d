package io.safeguard.vendor.web;

import io.safeguard.vendor.PhiHandling;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.VendorCategory;
import io.safeguard.vendor.VendorDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A vendor as the page's form and the API's body carry it. */
public record VendorForm(
        @NotBlank(message = "Enter the vendor's name.") @Size(max = 160) String name,
        @NotNull(message = "Choose the kind of vendor.") VendorCategory category,
        @Size(max = 1000) String services,
        boolean phiCreates,
        boolean phiReceives,
        boolean phiMaintains,
        boolean phiTransmits,
        @Size(max = 120) String contactName,
        @Email @Size(max = 254) String contactEmail,
        UUID subcontractorOf,
        @Size(max = 500) String baaExemptReason) {

    public VendorDetails toDetails() {
        return new VendorDetails(name, category, services, new PhiHandling(phiCreates, phiReceives, phiMaintains, phiTransmits),
                contactName, contactEmail, subcontractorOf, baaExemptReason);
    }

    public static VendorForm of(Vendor v) {
        return new VendorForm(v.name(), v.category(), v.services(), v.phi().creates(), v.phi().receives(),
                v.phi().maintains(), v.phi().transmits(), v.contactName(), v.contactEmail(), v.subcontractorOf(),
                v.baaExemptReason());
    }

    public static VendorForm blank() {
        return new VendorForm("", VendorCategory.SAAS, "", false, false, false, false, "", "", null, "");
    }
}

package io.safeguard.organization.web;

import io.safeguard.organization.EntityType;
import io.safeguard.organization.Official;
import io.safeguard.organization.Organization;
import io.safeguard.organization.OrganizationProfile;
import io.safeguard.organization.SizeCategory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The organization profile as the page's form (and the API's body) carries it. */
public record ProfileForm(
        @NotBlank(message = "Enter the organization's name.") @Size(max = 160) String name,
        @NotNull(message = "Choose the entity type.") EntityType entityType,
        @NotNull(message = "Choose the size.") SizeCategory size,
        @Min(0) @Max(1_000_000) Integer workforceCount,
        @NotBlank(message = "Name at least one state, e.g. OR, WA.") @Size(max = 200) String states,
        @NotBlank(message = "Choose the time zone.") @Size(max = 60) String zone,
        @Size(max = 120) String securityOfficialName,
        @Size(max = 120) String securityOfficialTitle,
        @Email @Size(max = 254) String securityOfficialEmail,
        @Size(max = 120) String privacyOfficialName,
        @Size(max = 120) String privacyOfficialTitle,
        @Email @Size(max = 254) String privacyOfficialEmail) {

    public OrganizationProfile toProfile() {
        return OrganizationProfile.parse(name, entityType, size, workforceCount, states, zone,
                Official.of(securityOfficialName, securityOfficialTitle, securityOfficialEmail),
                Official.of(privacyOfficialName, privacyOfficialTitle, privacyOfficialEmail));
    }

    public static ProfileForm of(Organization o) {
        var s = o.securityOfficial();
        var p = o.privacyOfficial();
        return new ProfileForm(o.name(), o.entityType(), o.size(), o.workforceCount(), String.join(", ", o.states()),
                o.zone().getId(), s == null ? "" : s.name(), s == null ? "" : s.title(), s == null ? "" : s.email(),
                p == null ? "" : p.name(), p == null ? "" : p.title(), p == null ? "" : p.email());
    }

    public static ProfileForm blank() {
        return new ProfileForm("", EntityType.COVERED_ENTITY, SizeCategory.SMALL, null, "", "America/New_York",
                "", "", "", "", "", "");
    }
}

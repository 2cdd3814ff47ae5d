package io.safeguard.organization;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** The editable part of an organization, checked here whatever the channel (form, API, demo, bundle). */
public record OrganizationProfile(
        String name,
        EntityType entityType,
        SizeCategory size,
        @Nullable Integer workforceCount,
        SortedSet<String> states,
        ZoneId zone,
        @Nullable Official securityOfficial,
        @Nullable Official privacyOfficial) {

    public OrganizationProfile {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 160) {
            throw new BusinessRuleViolation("organization.name-invalid", "Give the organization a name of at most 160 characters.");
        }
        if (entityType == null || size == null || zone == null) {
            throw new BusinessRuleViolation("organization.profile-incomplete", "Choose the entity type, size and time zone.");
        }
        if (workforceCount != null && (workforceCount < 0 || workforceCount > 1_000_000)) {
            throw new BusinessRuleViolation("organization.workforce-invalid", "The workforce count must be between 0 and 1,000,000.");
        }
        states = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(states));
    }

    /** Builds a profile from text fields as a form or an API request sends them. */
    public static OrganizationProfile parse(String name, EntityType type, SizeCategory size, @Nullable Integer workforce,
            String states, String zone, @Nullable Official security, @Nullable Official privacy) {
        return new OrganizationProfile(name, type, size, workforce, UsStates.parse(states), zone(zone), security, privacy);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new BusinessRuleViolation("organization.zone-invalid",
                    "Unknown time zone. Use a name such as America/Chicago; deadlines are counted in it.");
        }
    }
}

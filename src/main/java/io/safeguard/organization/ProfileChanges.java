package io.safeguard.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the profile fields an update changed, for the activity trail (field names, not values). */
final class ProfileChanges {
    private ProfileChanges() {}

    static String describe(Organization before, OrganizationProfile after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), after.name());
        compare(changed, "entity type", before.entityType(), after.entityType());
        compare(changed, "size", before.size(), after.size());
        compare(changed, "workforce count", before.workforceCount(), after.workforceCount());
        compare(changed, "states", before.states(), after.states());
        compare(changed, "time zone", before.zone(), after.zone());
        compare(changed, "security official", before.securityOfficial(), after.securityOfficial());
        compare(changed, "privacy official", before.privacyOfficial(), after.privacyOfficial());
        return changed.isEmpty() ? "no change" : "changed: " + String.join(", ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}

package io.safeguard.identity;

import io.safeguard.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What a module asks the activity trail to record. Actions are dotted verbs ({@code organization.profile.update},
 * {@code identity.sign-in.failure}); the detail says what changed in words and carries identifiers, never PHI.
 */
public record ActivityEntry(
        @Nullable TenantId tenantId, String action, String objectType, @Nullable String objectId, @Nullable String detail) {

    public static ActivityEntry of(@Nullable TenantId tenant, String action, String objectType, @Nullable Object objectId) {
        return new ActivityEntry(tenant, action, objectType, objectId == null ? null : objectId.toString(), null);
    }

    public ActivityEntry withDetail(String text) {
        return new ActivityEntry(tenantId, action, objectType, objectId, text);
    }
}

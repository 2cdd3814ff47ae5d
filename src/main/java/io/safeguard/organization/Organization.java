package io.safeguard.organization;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** An organization's profile: who it is under HIPAA and who answers for its program. */
public record Organization(
        TenantId id,
        String name,
        EntityType entityType,
        SizeCategory size,
        @Nullable Integer workforceCount,
        SortedSet<String> states,
        ZoneId zone,
        @Nullable Official securityOfficial,
        @Nullable Official privacyOfficial,
        Instant createdAt,
        Instant updatedAt) {

    /** The officials the rules require and that are not named yet. */
    public boolean missingSecurityOfficial() {
        return securityOfficial == null;
    }

    public boolean missingPrivacyOfficial() {
        return entityType.needsPrivacyOfficial() && privacyOfficial == null;
    }
}

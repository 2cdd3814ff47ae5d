package io.safeguard.identity;

import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as listed to its owner (the secret itself is shown only once, at creation). */
public record ApiToken(
        UUID id, String name, TenantId tenantId, Role role, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}

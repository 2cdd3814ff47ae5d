package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the activity trail: who ({@code accountEmail} is a snapshot, so renamed or removed accounts still read
 * right), in which organization, did what to which object, when and from where. {@code detail} never holds PHI.
 */
public record ActivityRecord(
        long seq,
        Instant occurredAt,
        @Nullable AccountId accountId,
        @Nullable String accountEmail,
        @Nullable TenantId tenantId,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String detail,
        @Nullable String sourceAddress,
        String prevHash,
        String hash) {}

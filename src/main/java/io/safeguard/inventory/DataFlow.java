package io.safeguard.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** ePHI moving from a source to a destination: each end is an asset of the inventory or a named outside party. */
public record DataFlow(UUID id, String name, @Nullable UUID sourceAssetId, @Nullable String sourceParty,
        @Nullable UUID destinationAssetId, @Nullable String destinationParty, @Nullable UUID vendorId,
        @Nullable String phiTypes, @Nullable String transport, boolean encrypted, @Nullable String frequency, Instant createdAt) {}

package io.safeguard.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one organization (tenant). Every tenant-owned row carries it and every query filters by it. */
public record TenantId(UUID value) {
    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses a tenant id from a URL or header; a malformed id is a {@link NotFound}, never a server error. */
    public static TenantId parse(String text) {
        try {
            return new TenantId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new NotFound("organization", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

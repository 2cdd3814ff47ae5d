package io.safeguard.organization;

import io.safeguard.shared.TenantId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A place where the organization works: clinic, office, data center. */
public record Site(UUID id, TenantId tenantId, String name, @Nullable String address, @Nullable String state) {}

package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;

/** One account's role in one organization. */
public record Membership(AccountId accountId, TenantId tenantId, Role role) {}

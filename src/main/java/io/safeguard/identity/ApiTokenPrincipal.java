package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.util.UUID;

/** A REST API caller authenticated by a bearer token: acts for one account, in one organization, at most with one role. */
public record ApiTokenPrincipal(UUID tokenId, String tokenName, AccountId accountId, String email, TenantId tenantId, Role role) {}

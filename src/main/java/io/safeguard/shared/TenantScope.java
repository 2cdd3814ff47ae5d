package io.safeguard.shared;

import java.util.Objects;

/**
 * Who is acting in which organization, with which role: resolved once per request from the URL's tenant and the
 * caller's membership, then handed to controllers. A controller never trusts a tenant id from a form or body.
 */
public record TenantScope(TenantId tenantId, AccountId accountId, Role role) {
    public TenantScope {
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(role);
    }

    public boolean can(Permission permission) {
        return role.allows(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDenied("your role (" + role.label() + ") does not allow this");
        }
    }
}

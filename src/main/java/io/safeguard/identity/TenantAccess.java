package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "may this account act in this organization, and as what?": the tenant isolation check of every request. */
@Service
@Transactional(readOnly = true)
public class TenantAccess {
    private final Memberships memberships;
    private final TenantPolicies policies;
    private final ActivityTrail trail;

    TenantAccess(Memberships memberships, TenantPolicies policies, ActivityTrail trail) {
        this.memberships = memberships;
        this.policies = policies;
        this.trail = trail;
    }

    /** Empty when the account is not an active member: the caller answers 404, whatever the tenant id. */
    public Optional<TenantScope> scopeOf(AccountId account, TenantId tenant) {
        return memberships.roleOf(account, tenant).map(role -> new TenantScope(tenant, account, role));
    }

    public List<Membership> membershipsOf(AccountId account) {
        return memberships.ofAccount(account);
    }

    public boolean mfaRequired(TenantId tenant) {
        return policies.mfaRequired(tenant);
    }

    /** Requires (or stops requiring) TOTP for everyone who works in this organization (164.312(d)). */
    @Transactional
    public void setMfaRequired(TenantScope by, boolean required) {
        by.require(Permission.MANAGE_ORGANIZATION);
        if (policies.mfaRequired(by.tenantId()) != required) {
            policies.setMfaRequired(by.tenantId(), required);
            trail.record(ActivityEntry.of(by.tenantId(), "identity.policy.mfa-required", "organization", by.tenantId())
                    .withDetail(required ? "TOTP required" : "TOTP optional"));
        }
    }
}

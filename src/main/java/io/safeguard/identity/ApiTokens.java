package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API. A token acts for one account in one organization with at most the account's role
 * there; it stops working when revoked, expired, or when the account leaves the organization (which revokes it).
 */
@Service
@Transactional
public class ApiTokens {
    private final JdbcApiTokens tokens;
    private final Memberships memberships;
    private final TenantPolicies policies;
    private final Accounts accounts;
    private final ActivityTrail trail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcApiTokens tokens, Memberships memberships, TenantPolicies policies, Accounts accounts,
            ActivityTrail trail, Clock clock) {
        this.tokens = tokens;
        this.memberships = memberships;
        this.policies = policies;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Returns the secret, which is never shown again. {@code secondFactorVerified}: the creating session verified a
     * TOTP code.
     */
    public String create(AccountId account, boolean secondFactorVerified, TenantId tenant, Role role, String name,
            @Nullable Duration validity) {
        Role memberRole = memberships.roleOf(account, tenant).orElseThrow(() -> new NotFound("organization", tenant));
        // 164.312(d): a token is never asked for a second factor, so an organization that requires one accepts only
        // tokens created by a session that verified a TOTP code; otherwise a password alone would open it.
        if (!secondFactorVerified && policies.mfaRequired(tenant)) {
            throw new BusinessRuleViolation("identity.token-needs-mfa",
                    "This organization requires two-step sign-in: turn it on under Sign-in security and sign in with a "
                            + "code before creating a token for it.");
        }
        if (!role.isAtMost(memberRole)) {
            throw new BusinessRuleViolation("identity.token-role-too-high",
                    "A token cannot have more rights than your own role (" + memberRole.label() + ").");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new BusinessRuleViolation("identity.token-name", "Give the token a name of at most 100 characters.");
        }
        String secret = Tokens.newToken(random, "sgt_");
        Instant now = clock.instant();
        var token = new ApiToken(UUID.randomUUID(), cleanName, tenant, role, now,
                validity == null ? null : now.plus(validity), null, null);
        tokens.insert(token, Tokens.sha256(secret), account);
        trail.record(ActivityEntry.of(tenant, "identity.api-token.create", "api-token", token.id())
                .withDetail("role " + role.name()));
        return secret;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(AccountId account) {
        return tokens.ofAccount(account);
    }

    public void revoke(AccountId account, UUID tokenId) {
        ApiToken token = tokens.find(account, tokenId).orElseThrow(() -> new NotFound("api token", tokenId));
        tokens.revoke(tokenId, clock.instant());
        trail.record(ActivityEntry.of(token.tenantId(), "identity.api-token.revoke", "api-token", tokenId));
    }

    /** The principal for a presented secret, if the token is valid now and its account still belongs to the tenant. */
    public Optional<ApiTokenPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith("sgt_") || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(Tokens.sha256(secret))
                .filter(found -> found.token().activeAt(now))
                .flatMap(found -> {
                    Optional<Role> memberRole = memberships.roleOf(found.accountId(), found.token().tenantId());
                    if (memberRole.isEmpty()) {
                        return Optional.empty();
                    }
                    Role effective = effectiveRole(found.token().role(), memberRole.get());
                    if (effective == null) {
                        return Optional.empty();
                    }
                    tokens.touch(found.token().id(), now);
                    Account account = accounts.get(found.accountId());
                    return Optional.of(new ApiTokenPrincipal(found.token().id(), found.token().name(), found.accountId(),
                            account.email(), found.token().tenantId(), effective));
                });
    }

    /**
     * What the token may do now: only what both its own role and the member's current role allow. Roles are not a
     * ladder (an auditor reads the trail, a contributor edits), so when neither contains the other their common
     * rights are no role at all, and the token is refused until the member's role covers it again.
     */
    static @Nullable Role effectiveRole(Role token, Role member) {
        if (token.isAtMost(member)) {
            return token;
        }
        return member.isAtMost(token) ? member : null;
    }

    /** A member who leaves loses their tokens for good: being added again must not bring old tokens back. */
    void revokeAll(AccountId account, TenantId tenant) {
        int revoked = tokens.revokeAll(account, tenant, clock.instant());
        if (revoked > 0) {
            trail.record(ActivityEntry.of(tenant, "identity.api-token.revoke", "account", account)
                    .withDetail(revoked + " token(s) of a removed member"));
        }
    }
}

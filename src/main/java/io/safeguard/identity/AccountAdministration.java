package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating the first account and managing who is a member of an organization with which role ({@link Invitations} adds people). */
@Service
@Transactional
public class AccountAdministration {
    private final Accounts accounts;
    private final Memberships memberships;
    private final JdbcInvitations invitations;
    private final ApiTokens tokens;
    private final JdbcActivities activities;
    private final PasswordEncoder passwords;
    private final ActivityTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(Accounts accounts, Memberships memberships, JdbcInvitations invitations, ApiTokens tokens,
            JdbcActivities activities, PasswordEncoder passwords, ActivityTrail trail, ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.activities = activities;
        this.accounts = accounts;
        this.memberships = memberships;
        this.invitations = invitations;
        this.passwords = passwords;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /** True until the first account exists: only then is the one-time setup page offered. */
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return !accounts.any();
    }

    /**
     * Creates the first account, a platform administrator who owns every organization without an owner. Refused once
     * any account exists: there is no default password and no second setup.
     */
    public AccountSummary createFirstOwner(String email, String displayName, String password) {
        // Two setups racing (two browsers, or the page and the CLI): the activity trail's head row is locked by both,
        // so the second waits until the first commits and then sees its account.
        activities.lockHead();
        if (accounts.any()) {
            throw new BusinessRuleViolation("identity.setup-done", "Safeguard is already set up: sign in instead.");
        }
        String normalized = EmailAddresses.normalize(email);
        String name = DisplayNames.check(displayName);
        PasswordPolicy.check(password, normalized);
        var account = new Account(AccountId.random(), normalized, name, passwords.encode(password), AccountStatus.ACTIVE,
                true, null, null, 0, null, clock.instant());
        accounts.insert(account);
        trail.recordFor(account.id(), normalized, ActivityEntry.of(null, "identity.setup.owner-created", "account", account.id()));
        events.publishEvent(new PlatformAdministratorCreated(account.id()));
        return account.summary();
    }

    /** Makes {@code account} a member with {@code role}, for the organization module (creator of a new tenant). */
    public void grant(AccountId account, TenantId tenant, Role role) {
        accounts.get(account);
        memberships.grant(new Membership(account, tenant, role), clock.instant());
        trail.record(ActivityEntry.of(tenant, "identity.member.grant", "account", account).withDetail("role " + role.name()));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(Account::summary);
    }

    @Transactional(readOnly = true)
    public boolean locked(AccountId account) {
        return accounts.get(account).isLockedAt(clock.instant());
    }

    @Transactional(readOnly = true)
    public AccountSummary summary(AccountId account) {
        return accounts.get(account).summary();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> owners(TenantId tenant) {
        return memberships.ofTenant(tenant).stream().filter(m -> m.role() == Role.OWNER).map(Member::account).toList();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> platformAdministrators() {
        return accounts.platformAdmins().stream().map(Account::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<Member> members(TenantScope scope) {
        scope.require(Permission.VIEW);
        return memberships.ofTenant(scope.tenantId());
    }

    public void changeRole(TenantScope by, AccountId member, Role role) {
        by.require(Permission.MANAGE_MEMBERS);
        var active = memberships.roleOf(member, by.tenantId());
        Role current = active
                .or(() -> memberships.invitedRole(member, by.tenantId()))
                .orElseThrow(() -> new NotFound("member", member));
        if (active.orElse(null) == Role.OWNER && role != Role.OWNER) {
            requireAnotherOwner(by.tenantId());
        }
        memberships.changeRole(new Membership(member, by.tenantId(), role));
        trail.record(ActivityEntry.of(by.tenantId(), "identity.member.role-change", "account", member)
                .withDetail(current.name() + " -> " + role.name()));
    }

    public void removeMember(TenantScope by, AccountId member) {
        by.require(Permission.MANAGE_MEMBERS);
        var active = memberships.roleOf(member, by.tenantId());
        Role current = active
                .or(() -> memberships.invitedRole(member, by.tenantId()))
                .orElseThrow(() -> new NotFound("member", member));
        if (active.orElse(null) == Role.OWNER) {
            requireAnotherOwner(by.tenantId());
        }
        memberships.remove(member, by.tenantId());
        invitations.close(member, by.tenantId(), clock.instant()); // a link sent earlier must not bring them back
        trail.record(ActivityEntry.of(by.tenantId(), "identity.member.remove", "account", member)
                .withDetail("was " + current.name()));
        tokens.revokeAll(member, by.tenantId());
    }

    private void requireAnotherOwner(TenantId tenant) {
        if (memberships.countWithRole(tenant, Role.OWNER) <= 1) {
            throw new BusinessRuleViolation("identity.last-owner",
                    "An organization needs at least one owner: make someone else owner first.");
        }
    }
}

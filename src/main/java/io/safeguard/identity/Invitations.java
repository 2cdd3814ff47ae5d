package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people into an organization, and their answer. Every invitation is a one-time link. It sets a password
 * only for an account that nobody has signed in with and that no other organization invited first; in every other
 * case the invitation waits until the account holder, signed in, accepts it with the link. So an organization can
 * neither take over another organization's invitee nor pull an account in that someone else controls, and the
 * inviter sees the same answer whether or not the address already has an account.
 */
@Service
@Transactional
public class Invitations {
    private static final String LINK_PREFIX = "sgi_";
    private final Accounts accounts;
    private final Memberships memberships;
    private final JdbcInvitations links;
    private final PasswordEncoder passwords;
    private final ActivityTrail trail;
    private final SignInProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(Accounts accounts, Memberships memberships, JdbcInvitations links, PasswordEncoder passwords,
            ActivityTrail trail, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.links = links;
        this.passwords = passwords;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    public Invitation invite(TenantScope by, String email, Role role) {
        by.require(Permission.MANAGE_MEMBERS);
        String normalized = EmailAddresses.normalize(email);
        Instant now = clock.instant();
        Account account = accounts.findByEmail(normalized).orElseGet(() -> newAccount(normalized, now));
        if (memberships.roleOf(account.id(), by.tenantId()).isPresent()) {
            throw new BusinessRuleViolation("identity.already-member", "This account is already a member.");
        }
        boolean again = memberships.invitedRole(account.id(), by.tenantId()).isPresent();
        memberships.invite(new Membership(account.id(), by.tenantId(), role), now);
        // Same action and detail for a new and an existing account: the trail is read by the inviting organization.
        trail.record(ActivityEntry.of(by.tenantId(), again ? "identity.member.reinvite" : "identity.member.invite",
                "account", account.id()).withDetail("role " + role.name()));
        InvitationKind kind = account.status() == AccountStatus.INVITED
                && !memberships.anotherOrganizationCameFirst(account.id(), by.tenantId())
                ? InvitationKind.SET_PASSWORD : InvitationKind.JOIN;
        String token = Tokens.newToken(random, LINK_PREFIX);
        Instant expires = now.plus(properties.invitationValidity());
        links.insert(Tokens.sha256(token), account.id(), by.tenantId(), by.accountId(), expires, kind);
        return new Invitation(account.id(), normalized, token, expires);
    }

    private Account newAccount(String email, Instant now) {
        var account = new Account(AccountId.random(), email, email, null, AccountStatus.INVITED, false, null, null, 0,
                null, now);
        accounts.insert(account);
        return account;
    }

    /** What an open link does; empty when it is unknown, used, closed or expired. */
    @Transactional(readOnly = true)
    public Optional<InvitationKind> kindOf(String token) {
        return links.findOpen(Tokens.sha256(token), clock.instant()).map(JdbcInvitations.Open::kind);
    }

    /** A new person sets a name and password through the one-time link, and so joins the inviting organization. */
    public AccountSummary acceptInvitation(String token, String displayName, String password) {
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        var link = links.findOpen(hash, now).filter(l -> l.kind() == InvitationKind.SET_PASSWORD)
                .orElseThrow(Invitations::invalid);
        Account account = accounts.get(link.accountId());
        String name = DisplayNames.check(displayName);
        PasswordPolicy.check(password, account.email());
        // Both updates are conditional, so of two links used at once only one sets the password.
        if (!accounts.activate(account.id(), name, passwords.encode(password)) || !links.markAccepted(hash, now)
                || !memberships.accept(account.id(), link.tenantId())) {
            throw invalid();
        }
        links.closePasswordLinks(account.id(), now);
        trail.recordFor(account.id(), account.email(),
                ActivityEntry.of(link.tenantId(), "identity.invitation.accept", "account", account.id()));
        return accounts.get(account.id()).summary();
    }

    /** The invitations waiting for this (signed-in) account's answer. */
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending(AccountId account) {
        return memberships.pendingOf(account);
    }

    /** The invitation a link offers to this account; empty if the link is not open or is meant for another account. */
    @Transactional(readOnly = true)
    public Optional<PendingInvitation> offer(AccountId account, String tokenOrLink) {
        return joinLink(account, tokenOrLink).flatMap(link -> memberships.pendingOf(account).stream()
                .filter(p -> p.tenantId().equals(link.tenantId())).findFirst());
    }

    /**
     * The signed-in account joins with the link the inviter sent. Holding the account's password alone is not enough:
     * whoever set the password of an address may not be the person the organization meant to invite.
     */
    public TenantId accept(AccountId account, String tokenOrLink) {
        Instant now = clock.instant();
        var link = joinLink(account, tokenOrLink).orElseThrow(Invitations::invalid);
        if (accounts.get(account).status() != AccountStatus.ACTIVE
                || !links.markAccepted(Tokens.sha256(tokenOf(tokenOrLink)), now)
                || !memberships.accept(account, link.tenantId())) {
            throw invalid();
        }
        links.close(account, link.tenantId(), now);
        trail.record(ActivityEntry.of(link.tenantId(), "identity.invitation.accept", "account", account));
        return link.tenantId();
    }

    public void decline(AccountId account, TenantId tenant) {
        if (!memberships.removeInvitation(account, tenant)) {
            throw new NotFound("invitation", tenant);
        }
        links.close(account, tenant, clock.instant());
        trail.record(ActivityEntry.of(tenant, "identity.invitation.decline", "account", account));
    }

    private Optional<JdbcInvitations.Open> joinLink(AccountId account, String tokenOrLink) {
        return links.findOpen(Tokens.sha256(tokenOf(tokenOrLink)), clock.instant())
                .filter(l -> l.kind() == InvitationKind.JOIN && l.accountId().equals(account));
    }

    /** Accepts the bare secret or the whole link as pasted from a message. */
    static String tokenOf(String tokenOrLink) {
        String text = tokenOrLink == null ? "" : tokenOrLink.strip();
        int path = text.lastIndexOf("/invite/");
        if (path >= 0) {
            text = text.substring(path + "/invite/".length()).split("[/?#]", 2)[0];
        }
        return text;
    }

    private static BusinessRuleViolation invalid() {
        return new BusinessRuleViolation("identity.invitation-invalid",
                "This invitation link is not valid: it was used already, has expired, or is meant for another account. "
                        + "Ask for a new one.");
    }
}

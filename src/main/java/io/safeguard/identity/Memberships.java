package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who belongs to which organization. A membership is ACTIVE, or INVITED while it waits for the account holder to
 * accept; only an active membership of an active account grants anything.
 */
interface Memberships {
    /** The role of an active member (active account, accepted membership). */
    Optional<Role> roleOf(AccountId account, TenantId tenant);

    /** The role offered by an invitation not yet accepted. */
    Optional<Role> invitedRole(AccountId account, TenantId tenant);

    /** Active memberships only: the organizations the account works in. */
    List<Membership> ofAccount(AccountId account);

    List<PendingInvitation> pendingOf(AccountId account);

    /** Members and invitations; an invitation shows only the address it was sent to. */
    List<Member> ofTenant(TenantId tenant);

    /** Active members with {@code role} whose account can sign in. */
    long countWithRole(TenantId tenant, Role role);

    /** True when another organization invited (or has) this account no later than {@code tenant} did. */
    boolean anotherOrganizationCameFirst(AccountId account, TenantId tenant);

    /** Adds an active membership, or makes an existing one active with {@code role}. */
    void grant(Membership membership, Instant at);

    /** Adds an invitation, or changes the role an existing invitation offers. Never touches an active membership. */
    void invite(Membership membership, Instant at);

    void changeRole(Membership membership);

    /** INVITED to ACTIVE; false when there was no such invitation. */
    boolean accept(AccountId account, TenantId tenant);

    /** Removes an invitation that was not accepted; false when there was none. */
    boolean removeInvitation(AccountId account, TenantId tenant);

    void remove(AccountId account, TenantId tenant);
}

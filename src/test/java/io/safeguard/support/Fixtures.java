package io.safeguard.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.AccountSummary;
import io.safeguard.identity.ApiTokens;
import io.safeguard.identity.Authorities;
import io.safeguard.identity.Invitations;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.OrganizationProfile;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.SizeCategory;
import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Builds accounts, organizations and memberships through the modules' own APIs, as a user would. */
@TestComponent
public class Fixtures {
    public static final String ADMIN_EMAIL = "platform.admin@safeguard.test";
    public static final String PASSWORD = "correct horse battery staple";
    private final AccountAdministration administration;
    private final Invitations invitations;
    private final Organizations organizations;
    private final ApiTokens tokens;

    public Fixtures(AccountAdministration administration, Invitations invitations, Organizations organizations,
            ApiTokens tokens) {
        this.administration = administration;
        this.invitations = invitations;
        this.organizations = organizations;
        this.tokens = tokens;
    }

    public synchronized Person admin() {
        var existing = administration.findByEmail(ADMIN_EMAIL);
        AccountSummary admin = existing.orElseGet(() -> administration.createFirstOwner(ADMIN_EMAIL, "Platform Admin", PASSWORD));
        return new Person(admin.id(), admin.email(), PASSWORD, true);
    }

    public TenantId organization(String name) {
        var profile = OrganizationProfile.parse(name, EntityType.COVERED_ENTITY, SizeCategory.SMALL, 25, "OR, WA",
                "America/Los_Angeles", null, null);
        return organizations.create(admin().id(), true, profile);
    }

    /** A new account that is a member of {@code tenant} with {@code role}, created through an invitation. */
    public Person member(TenantId tenant, Role role) {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.test";
        var invitation = invitations.invite(ownerScope(tenant), email, role);
        invitations.acceptInvitation(invitation.token(), "Member " + role.name(), PASSWORD);
        return new Person(invitation.accountId(), email, PASSWORD, false);
    }

    /** {@code person}, who already has an account, is invited into {@code tenant} and accepts with the link. */
    public void addMember(TenantId tenant, Person person, Role role) {
        var invitation = invitations.invite(ownerScope(tenant), person.email(), role);
        invitations.accept(person.id(), invitation.token());
    }

    public String apiToken(Person person, TenantId tenant, Role role) {
        return tokens.create(person.id(), true, tenant, role, "test token", null);
    }

    public TenantScope ownerScope(TenantId tenant) {
        return new TenantScope(tenant, admin().id(), Role.OWNER);
    }

    /** Signs the request in as {@code person} after a completed sign-in (password, plus TOTP if {@code mfa}). */
    public static RequestPostProcessor signedIn(Person person, boolean mfa) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Authorities.ACCOUNT));
        if (mfa) {
            authorities.add(new SimpleGrantedAuthority(Authorities.MFA));
        }
        if (person.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Authorities.PLATFORM_ADMIN));
        }
        var principal = new AccountPrincipal(person.id(), person.email(), person.email(), person.platformAdmin());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    public static RequestPostProcessor signedIn(Person person) {
        return signedIn(person, false);
    }

    public record Person(AccountId id, String email, String password, boolean platformAdmin) {}
}

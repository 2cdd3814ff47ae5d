package io.safeguard.organization;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.identity.Membership;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.AccountId;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization module's API: create and profile organizations, their sites, and an account's portfolio. */
@Service
@Transactional
public class Organizations {
    private final JdbcOrganizations organizations;
    private final JdbcSites sites;
    private final AccountAdministration administration;
    private final TenantAccess access;
    private final ActivityTrail trail;
    private final Clock clock;

    Organizations(JdbcOrganizations organizations, JdbcSites sites, AccountAdministration administration,
            TenantAccess access, ActivityTrail trail, Clock clock) {
        this.organizations = organizations;
        this.sites = sites;
        this.administration = administration;
        this.access = access;
        this.trail = trail;
        this.clock = clock;
    }

    /** Creates an organization; the creating account (a platform administrator) becomes its owner. */
    public TenantId create(AccountId creator, boolean creatorIsPlatformAdmin, OrganizationProfile profile) {
        if (!creatorIsPlatformAdmin) {
            throw new AccessDenied("only platform administrators create organizations");
        }
        TenantId id = TenantId.random();
        organizations.insert(id, profile, null, clock.instant());
        trail.record(ActivityEntry.of(id, "organization.create", "organization", id).withDetail(profile.name()));
        administration.grant(creator, id, Role.OWNER);
        return id;
    }

    /** Used by the demo loader: creates the organization once per key and returns its id either way. */
    TenantId createDemo(String demoKey, OrganizationProfile profile) {
        return organizations.findByDemoKey(demoKey).orElseGet(() -> {
            TenantId id = TenantId.random();
            organizations.insert(id, profile, demoKey, clock.instant());
            trail.record(ActivityEntry.of(id, "organization.create", "organization", id).withDetail("demo: " + profile.name()));
            return id;
        });
    }

    java.util.Map<TenantId, String> demoOrganizations() {
        return organizations.demoKeys();
    }

    boolean demoExists(String demoKey) {
        return organizations.findByDemoKey(demoKey).isPresent();
    }

    @Transactional(readOnly = true)
    public Organization get(TenantScope scope) {
        scope.require(Permission.VIEW);
        return organizations.find(scope.tenantId()).orElseThrow(() -> new NotFound("organization", scope.tenantId()));
    }

    /** For modules that need the time zone or type without a caller (jobs, reports). */
    @Transactional(readOnly = true)
    public Organization get(TenantId tenant) {
        return organizations.find(tenant).orElseThrow(() -> new NotFound("organization", tenant));
    }

    public Organization update(TenantScope scope, OrganizationProfile profile) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        Organization before = get(scope);
        organizations.update(scope.tenantId(), profile, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "organization.profile.update", "organization", scope.tenantId())
                .withDetail(ProfileChanges.describe(before, profile)));
        return get(scope);
    }

    @Transactional(readOnly = true)
    public List<Site> sites(TenantId tenant) {
        return sites.of(tenant);
    }

    @Transactional(readOnly = true)
    public List<Site> sites(TenantScope scope) {
        scope.require(Permission.VIEW);
        return sites.of(scope.tenantId());
    }

    public Site addSite(TenantScope scope, String name, @Nullable String address, @Nullable String state) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 160) {
            throw new BusinessRuleViolation("organization.site-name", "Give the site a name of at most 160 characters.");
        }
        String cleanState = state == null || state.isBlank() ? null : UsStates.parse(state).first();
        String cleanAddress = address == null || address.isBlank() ? null : address.strip();
        if (cleanAddress != null && cleanAddress.length() > 300) {
            throw new BusinessRuleViolation("organization.site-address", "The address may have at most 300 characters.");
        }
        var site = new Site(UUID.randomUUID(), scope.tenantId(), cleanName, cleanAddress, cleanState);
        sites.insert(site, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "organization.site.add", "site", site.id()).withDetail(cleanName));
        return site;
    }

    public void removeSite(TenantScope scope, UUID siteId) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        Site site = sites.find(scope.tenantId(), siteId).orElseThrow(() -> new NotFound("site", siteId));
        sites.delete(scope.tenantId(), siteId);
        trail.record(ActivityEntry.of(scope.tenantId(), "organization.site.remove", "site", siteId).withDetail(site.name()));
    }

    /** The organizations an account works in, with its role in each, for the portfolio page and tenant switcher. */
    @Transactional(readOnly = true)
    public List<PortfolioEntry> portfolio(AccountId account) {
        Map<TenantId, Role> roles = access.membershipsOf(account).stream()
                .collect(Collectors.toMap(Membership::tenantId, Membership::role));
        Map<TenantId, Organization> byId = organizations.findAll(roles.keySet()).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new PortfolioEntry(o, roles.get(o.id()), access.mfaRequired(o.id())))
                .toList();
    }

    /** Organization names by id, for pages that list organizations the account is not (yet) a member of. */
    @Transactional(readOnly = true)
    public Map<TenantId, String> names(java.util.Collection<TenantId> ids) {
        return organizations.findAll(ids).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
    }

    /** Every organization without an owner gets {@code account} as owner (first setup after a demo load). */
    void adoptOrphans(AccountId account) {
        for (TenantId tenant : organizations.allIds()) {
            boolean hasOwner = !administration.owners(tenant).isEmpty();
            if (!hasOwner) {
                administration.grant(account, tenant, Role.OWNER);
            }
        }
    }
}

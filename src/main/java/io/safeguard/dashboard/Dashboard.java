package io.safeguard.dashboard;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityRecord;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.identity.Member;
import io.safeguard.identity.TenantAccess;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.Site;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Assembles the dashboard of one organization for one caller. */
@Service
public class Dashboard {
    private final Organizations organizations;
    private final AccountAdministration administration;
    private final TenantAccess access;
    private final ActivityTrail trail;

    Dashboard(Organizations organizations, AccountAdministration administration, TenantAccess access, ActivityTrail trail) {
        this.organizations = organizations;
        this.administration = administration;
        this.access = access;
        this.trail = trail;
    }

    public View of(TenantScope scope) {
        Organization organization = organizations.get(scope);
        List<Site> sites = organizations.sites(scope);
        List<Member> members = administration.members(scope);
        boolean mfaRequired = access.mfaRequired(scope.tenantId());
        Map<Role, Long> roles = new EnumMap<>(Role.class);
        members.forEach(m -> roles.merge(m.role(), 1L, Long::sum));
        List<ActivityRecord> recent = scope.can(Permission.VIEW_ACTIVITY)
                ? trail.page(scope.tenantId(), null, 0, 8)
                : List.of();
        var checks = Foundations.check(organization, sites, members, mfaRequired);
        return new View(organization, sites, roles, members.size(), checks, recent);
    }

    public record View(Organization organization, List<Site> sites, Map<Role, Long> roles, int memberCount,
            List<FoundationCheck> checks, List<ActivityRecord> recentActivity) {
        public long openChecks() {
            return checks.stream().filter(c -> !c.met()).count();
        }
    }
}

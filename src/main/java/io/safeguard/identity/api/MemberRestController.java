package io.safeguard.identity.api;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityRecord;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.identity.Member;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API: an organization's members and its activity trail. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class MemberRestController {
    private final AccountAdministration administration;
    private final ActivityTrail trail;

    MemberRestController(AccountAdministration administration, ActivityTrail trail) {
        this.administration = administration;
        this.trail = trail;
    }

    @GetMapping("/members")
    List<Member> members(TenantScope scope) {
        return administration.members(scope);
    }

    @GetMapping("/activity")
    List<ActivityRecord> activity(TenantScope scope, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "100") int limit) {
        scope.require(Permission.VIEW_ACTIVITY);
        trail.record(ActivityEntry.of(scope.tenantId(), "identity.activity.view", "activity-trail", null).withDetail("API"));
        return trail.page(scope.tenantId(), action, before, Math.max(1, limit));
    }
}

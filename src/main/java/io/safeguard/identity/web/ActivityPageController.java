package io.safeguard.identity.web;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing the activity trail: an organization's own rows (owners and auditors), and the whole platform's rows with
 * the chain check (platform administrators). Looking at the trail is itself recorded.
 */
@Controller
class ActivityPageController {
    private static final int PAGE = 100;
    private final ActivityTrail trail;

    ActivityPageController(ActivityTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/t/{tenantId}/activity")
    String tenant(TenantScope scope, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") long before, Model model) {
        scope.require(Permission.VIEW_ACTIVITY);
        trail.record(ActivityEntry.of(scope.tenantId(), "identity.activity.view", "activity-trail", null));
        return page(model, trail.page(scope.tenantId(), action, before, PAGE), action);
    }

    @GetMapping("/admin/activity")
    String platform(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "0") long before,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        trail.record(ActivityEntry.of(null, "identity.activity.view", "activity-trail", null));
        if (verify) {
            model.addAttribute("verification", trail.verify());
        }
        model.addAttribute("platform", true);
        return page(model, trail.page(null, action, before, PAGE), action);
    }

    private static String page(Model model, java.util.List<io.safeguard.identity.ActivityRecord> rows, String action) {
        model.addAttribute("rows", rows);
        model.addAttribute("action", action);
        model.addAttribute("next", rows.size() == PAGE ? rows.getLast().seq() : 0);
        return "identity/activity";
    }
}

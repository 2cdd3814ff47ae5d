package io.safeguard.dashboard.web;

import io.safeguard.dashboard.Dashboard;
import io.safeguard.shared.TenantScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardPageController {
    private final Dashboard dashboard;

    DashboardPageController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping({"/t/{tenantId}", "/t/{tenantId}/dashboard"})
    String show(TenantScope scope, Model model) {
        model.addAttribute("view", dashboard.of(scope));
        return "dashboard/dashboard";
    }
}

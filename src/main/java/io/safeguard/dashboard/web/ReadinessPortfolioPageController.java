package io.safeguard.dashboard.web;

import io.safeguard.assessment.AssessmentSummary;
import io.safeguard.assessment.Assessments;
import io.safeguard.identity.AccountPrincipal;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.PortfolioEntry;
import io.safeguard.shared.TenantScope;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Readiness across the organizations an account works in (for IT service providers running many programs): the
 * latest score of each, its date and the requirements not met, lowest score first. Only the account's own
 * memberships are listed, each read with the role the account holds there.
 */
@Controller
class ReadinessPortfolioPageController {
    private final Organizations organizations;
    private final Assessments assessments;

    ReadinessPortfolioPageController(Organizations organizations, Assessments assessments) {
        this.organizations = organizations;
        this.assessments = assessments;
    }

    public record Row(PortfolioEntry entry, @Nullable AssessmentSummary latest, int assessments) {}

    @GetMapping("/portfolio/readiness")
    String readiness(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        List<Row> rows = organizations.portfolio(account.id()).stream().map(e -> {
            var history = assessments.history(new TenantScope(e.organization().id(), account.id(), e.role()));
            return new Row(e, history.isEmpty() ? null : history.getLast(), history.size());
        }).sorted(java.util.Comparator.comparingDouble((Row r) -> r.latest() == null ? -1 : r.latest().score())).toList();
        model.addAttribute("rows", rows);
        return "dashboard/readiness-portfolio";
    }
}

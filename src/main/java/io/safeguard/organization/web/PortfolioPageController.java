package io.safeguard.organization.web;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.PortfolioEntry;
import io.safeguard.shared.TenantId;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: one organization goes straight to its dashboard; several show the portfolio. */
@Controller
class PortfolioPageController {
    private final Organizations organizations;

    PortfolioPageController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal account) {
        List<PortfolioEntry> portfolio = organizations.portfolio(account.id());
        return portfolio.size() == 1 ? "redirect:/t/" + portfolio.getFirst().organization().id() : "redirect:/portfolio";
    }

    @GetMapping("/portfolio")
    String portfolio(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("entries", organizations.portfolio(account.id()));
        return "organization/portfolio";
    }

    /** The tenant switcher posts here; the tenant guard of the target URL decides whether the account may enter. */
    @GetMapping("/switch")
    String switchTo(@RequestParam String tenant) {
        return "redirect:/t/" + TenantId.parse(tenant);
    }
}

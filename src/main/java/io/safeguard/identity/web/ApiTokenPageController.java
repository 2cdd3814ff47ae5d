package io.safeguard.identity.web;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.ApiTokens;
import io.safeguard.identity.Authorities;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own API tokens: create (the secret is shown once), list, revoke. */
@Controller
class ApiTokenPageController {
    private final ApiTokens tokens;

    ApiTokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("tokens", tokens.of(account.id()));
        model.addAttribute("roles", Role.values());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal AccountPrincipal account, Authentication session, @RequestParam String tenant,
            @RequestParam Role role, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int validDays, RedirectAttributes redirect) {
        try {
            Duration validity = validDays <= 0 ? null : Duration.ofDays(Math.min(validDays, 3650));
            boolean mfa = session.getAuthorities().stream().anyMatch(a -> Authorities.MFA.equals(a.getAuthority()));
            String secret = tokens.create(account.id(), mfa, TenantId.parse(tenant), role, name, validity);
            redirect.addFlashAttribute("secret", secret);
        } catch (BusinessRuleViolation | NotFound e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal account, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(account.id(), id);
        redirect.addFlashAttribute("notice", "Token revoked.");
        return "redirect:/account/tokens";
    }
}

package io.safeguard.identity.web;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.shared.BusinessRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invited person sets their name and password through the one-time link an owner gave them. */
@Controller
class InvitationPageController {
    private final AccountAdministration administration;

    InvitationPageController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/invite/{token}")
    String form(@PathVariable String token, Model model) {
        model.addAttribute("valid", administration.invitationOpen(token));
        model.addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invite/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", true);
        model.addAttribute("name", name);
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "The two passwords differ.");
            return "identity/invitation";
        }
        try {
            administration.acceptInvitation(token, name, password);
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            return "identity/invitation";
        }
        return "redirect:/login?welcome";
    }
}

package io.safeguard.identity.web;

import io.safeguard.identity.InvitationKind;
import io.safeguard.identity.Invitations;
import io.safeguard.shared.BusinessRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an invitation link leads. A new person sets their name and password here; someone who already has an
 * account is sent to sign in and accept it on their invitations page.
 */
@Controller
class InvitationPageController {
    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invite/{token}")
    String form(@PathVariable String token, Model model) {
        var kind = invitations.kindOf(token);
        model.addAttribute("valid", kind.isPresent());
        model.addAttribute("join", kind.filter(k -> k == InvitationKind.JOIN).isPresent());
        model.addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invite/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", true);
        model.addAttribute("join", false);
        model.addAttribute("name", name);
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "The two passwords differ.");
            return "identity/invitation";
        }
        try {
            invitations.acceptInvitation(token, name, password);
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            return "identity/invitation";
        }
        return "redirect:/login?welcome";
    }
}

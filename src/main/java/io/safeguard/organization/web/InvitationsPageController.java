package io.safeguard.organization.web;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.Invitations;
import io.safeguard.identity.PendingInvitation;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own pending invitations, from the account menu: accept one with the link its organization sent, or decline
 * it. Here because the page names the inviting organizations, which the identity module does not know.
 */
@Controller
class InvitationsPageController {
    private final Invitations invitations;
    private final Organizations organizations;

    InvitationsPageController(Invitations invitations, Organizations organizations) {
        this.invitations = invitations;
        this.organizations = organizations;
    }

    @GetMapping("/account/invitations")
    String list(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(required = false) String token,
            Model model) {
        List<PendingInvitation> pending = invitations.pending(account.id());
        var names = organizations.names(pending.stream().map(PendingInvitation::tenantId).toList());
        model.addAttribute("pending", pending.stream()
                .map(p -> new Row(p, names.getOrDefault(p.tenantId(), p.tenantId().toString()))).toList());
        if (token != null && !token.isBlank()) {
            var offer = invitations.offer(account.id(), token);
            offer.ifPresent(p -> model.addAttribute("offer", new Row(p, names.getOrDefault(p.tenantId(), ""))));
            model.addAttribute("token", token);
            if (offer.isEmpty()) {
                model.addAttribute("error", "This invitation link is not valid for the account you are signed in with: "
                        + "it was used already, has expired, or was sent to another address.");
            }
        }
        return "organization/invitations";
    }

    @PostMapping("/account/invitations/accept")
    String accept(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(defaultValue = "") String token,
            RedirectAttributes redirect) {
        try {
            TenantId tenant = invitations.accept(account.id(), token);
            return "redirect:/t/" + tenant;
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/account/invitations";
        }
    }

    @PostMapping("/account/invitations/{tenantId}/decline")
    String decline(@AuthenticationPrincipal AccountPrincipal account, @PathVariable UUID tenantId,
            RedirectAttributes redirect) {
        try {
            invitations.decline(account.id(), new TenantId(tenantId));
            redirect.addFlashAttribute("notice", "Invitation declined.");
        } catch (NotFound e) {
            redirect.addFlashAttribute("error", "That invitation is no longer open.");
        }
        return "redirect:/account/invitations";
    }

    /** A pending invitation with the name of the organization that sent it. */
    record Row(PendingInvitation invitation, String organization) {}
}

package io.safeguard.identity.web;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.Invitation;
import io.safeguard.identity.Invitations;
import io.safeguard.shared.AccountId;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The members of one organization and their roles; owners invite, change roles and remove. */
@Controller
@RequestMapping("/t/{tenantId}/members")
class MembersPageController {
    private final AccountAdministration administration;
    private final Invitations invitations;

    MembersPageController(AccountAdministration administration, Invitations invitations) {
        this.administration = administration;
        this.invitations = invitations;
    }

    @GetMapping
    String list(TenantScope scope, Model model) {
        model.addAttribute("members", administration.members(scope));
        model.addAttribute("roles", Role.values());
        return "identity/members";
    }

    @PostMapping
    String invite(TenantScope scope, @RequestParam(defaultValue = "") String email, @RequestParam Role role,
            RedirectAttributes redirect) {
        try {
            Invitation invitation = invitations.invite(scope, email, role);
            redirect.addFlashAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/invite/{token}").buildAndExpand(invitation.token()).toUriString());
            redirect.addFlashAttribute("invitationExpires", invitation.expiresAt());
            redirect.addFlashAttribute("notice", invitation.email() + " is invited (" + role.label() + ").");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/members";
    }

    @PostMapping("/{accountId}/role")
    String changeRole(TenantScope scope, @PathVariable UUID accountId, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            administration.changeRole(scope, new AccountId(accountId), role);
            redirect.addFlashAttribute("notice", "Role changed.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/members";
    }

    @PostMapping("/{accountId}/remove")
    String remove(TenantScope scope, @PathVariable UUID accountId, RedirectAttributes redirect) {
        try {
            administration.removeMember(scope, new AccountId(accountId));
            redirect.addFlashAttribute("notice", "Member removed.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/members";
    }
}

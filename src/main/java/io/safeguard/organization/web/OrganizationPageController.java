package io.safeguard.organization.web;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.TenantAccess;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.SizeCategory;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's profile, officials, sites and sign-in policy; and creating a new organization. */
@Controller
class OrganizationPageController {
    private final Organizations organizations;
    private final TenantAccess access;

    OrganizationPageController(Organizations organizations, TenantAccess access) {
        this.organizations = organizations;
        this.access = access;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("entityTypes", EntityType.values());
        model.addAttribute("sizes", SizeCategory.values());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("America/")
                || z.startsWith("Pacific/") || z.equals("UTC")).sorted().toList());
    }

    @GetMapping("/t/{tenantId}/organization")
    String show(TenantScope scope, Model model) {
        var organization = organizations.get(scope);
        model.addAttribute("organization", organization);
        model.addAttribute("sites", organizations.sites(scope));
        model.addAttribute("mfaRequired", access.mfaRequired(scope.tenantId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(organization));
        }
        model.addAttribute("editable", scope.can(Permission.MANAGE_ORGANIZATION));
        return "organization/profile";
    }

    @PostMapping("/t/{tenantId}/organization")
    String update(TenantScope scope, @Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        if (!binding.hasErrors()) {
            try {
                organizations.update(scope, form.toProfile());
                redirect.addFlashAttribute("notice", "Profile saved.");
                return "redirect:/t/" + scope.tenantId() + "/organization";
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        return show(scope, model);
    }

    @PostMapping("/t/{tenantId}/organization/sites")
    String addSite(TenantScope scope, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String state,
            RedirectAttributes redirect) {
        try {
            organizations.addSite(scope, name, address, state);
            redirect.addFlashAttribute("notice", "Site added.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/organization#sites";
    }

    @PostMapping("/t/{tenantId}/organization/sites/{siteId}/remove")
    String removeSite(TenantScope scope, @PathVariable UUID siteId, RedirectAttributes redirect) {
        organizations.removeSite(scope, siteId);
        redirect.addFlashAttribute("notice", "Site removed.");
        return "redirect:/t/" + scope.tenantId() + "/organization#sites";
    }

    @PostMapping("/t/{tenantId}/organization/mfa")
    String mfa(TenantScope scope, @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        access.setMfaRequired(scope, required);
        redirect.addFlashAttribute("notice", required
                ? "Two-step sign-in is now required for everyone in this organization."
                : "Two-step sign-in is now optional in this organization.");
        return "redirect:/t/" + scope.tenantId() + "/organization#sign-in";
    }

    @GetMapping("/admin/organizations/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("form", ProfileForm.blank());
        return "organization/new";
    }

    @PostMapping("/admin/organizations/new")
    String create(@AuthenticationPrincipal AccountPrincipal account, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult binding) {
        if (!binding.hasErrors()) {
            try {
                TenantId id = organizations.create(account.id(), account.platformAdmin(), form.toProfile());
                return "redirect:/t/" + id + "/organization";
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        return "organization/new";
    }
}

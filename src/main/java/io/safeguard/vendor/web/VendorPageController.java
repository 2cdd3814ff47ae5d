package io.safeguard.vendor.web;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.VendorCategory;
import io.safeguard.vendor.Vendors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendors at a glance, one vendor with its agreements and cloud services, and the vendor forms. */
@Controller
@RequestMapping("/t/{tenantId}/vendors")
class VendorPageController {
    private final Vendors vendors;
    private final io.safeguard.documents.Evidence evidence;

    VendorPageController(Vendors vendors, io.safeguard.documents.Evidence evidence) {
        this.vendors = vendors;
        this.evidence = evidence;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", VendorCategory.values());
    }

    @GetMapping
    String overview(TenantScope scope, Model model) {
        model.addAttribute("overview", vendors.overview(scope));
        return "vendor/overview";
    }

    @GetMapping("/new")
    String newForm(TenantScope scope, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", VendorForm.blank());
        model.addAttribute("others", vendors.list(scope));
        return "vendor/form";
    }

    @PostMapping("/new")
    String create(TenantScope scope, @Valid @ModelAttribute("form") VendorForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                Vendor vendor = vendors.create(scope, form.toDetails());
                return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendor.id();
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        model.addAttribute("others", vendors.list(scope));
        return "vendor/form";
    }

    @GetMapping("/{vendorId}")
    String detail(TenantScope scope, @PathVariable UUID vendorId, Model model) {
        Vendor vendor = vendors.get(scope, vendorId);
        var overview = vendors.overview(scope);
        model.addAttribute("vendor", vendor);
        model.addAttribute("row", overview.vendors().stream().filter(r -> r.vendor().id().equals(vendorId)).findFirst().orElseThrow());
        model.addAttribute("agreements", vendors.agreements(scope, vendorId));
        model.addAttribute("cloud", overview.cloudServices().stream().filter(c -> c.service().vendorId().equals(vendorId)).toList());
        model.addAttribute("eligibility", vendors.eligibilityList(scope));
        model.addAttribute("parent", vendor.subcontractorOf() == null ? null : vendors.get(scope, vendor.subcontractorOf()));
        model.addAttribute("today", overview.asOf());
        return "vendor/detail";
    }

    @GetMapping("/{vendorId}/edit")
    String editForm(TenantScope scope, @PathVariable UUID vendorId, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", VendorForm.of(vendors.get(scope, vendorId)));
        model.addAttribute("vendorId", vendorId);
        model.addAttribute("others", vendors.list(scope).stream().filter(v -> !v.id().equals(vendorId)).toList());
        return "vendor/form";
    }

    @PostMapping("/{vendorId}/edit")
    String update(TenantScope scope, @PathVariable UUID vendorId, @Valid @ModelAttribute("form") VendorForm form,
            BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                vendors.update(scope, vendorId, form.toDetails());
                return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendorId;
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        model.addAttribute("vendorId", vendorId);
        model.addAttribute("others", vendors.list(scope).stream().filter(v -> !v.id().equals(vendorId)).toList());
        return "vendor/form";
    }

    @PostMapping("/{vendorId}/baas")
    String recordBaa(TenantScope scope, @PathVariable UUID vendorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @RequestParam(defaultValue = "") String baaScope,
            @RequestParam(name = "signed", required = false) org.springframework.web.multipart.MultipartFile signed,
            RedirectAttributes redirect) throws java.io.IOException {
        try {
            java.util.UUID document = null;
            if (signed != null && !signed.isEmpty()) {
                // The signed agreement is evidence (hashed, retained six years) linked to the BAA requirements.
                try (var in = signed.getInputStream()) {
                    document = evidence.upload(scope, in, signed.getOriginalFilename(),
                            effectiveOn != null ? effectiveOn : (requestedOn != null ? requestedOn : vendors.today(scope.tenantId())),
                            "Business associate agreement: " + vendors.get(scope, vendorId).name(),
                            java.util.List.of("164.308(b)(3)", "164.502(e)")).id();
                }
            }
            vendors.recordBaa(scope, vendorId, requestedOn, effectiveOn, expiresOn, baaScope, document);
            redirect.addFlashAttribute("notice", "Agreement recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendorId + "#agreements";
    }

    @PostMapping("/{vendorId}/baas/{baaId}/terminate")
    String terminate(TenantScope scope, @PathVariable UUID vendorId, @PathVariable UUID baaId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        try {
            vendors.terminateBaa(scope, baaId, on);
            redirect.addFlashAttribute("notice", "Agreement terminated.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendorId + "#agreements";
    }

    @PostMapping("/{vendorId}/cloud-services")
    String addCloudService(TenantScope scope, @PathVariable UUID vendorId, @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "") String customName, @RequestParam(defaultValue = "") String tier,
            @RequestParam(defaultValue = "") String regions, @RequestParam(defaultValue = "") String features,
            @RequestParam(defaultValue = "false") boolean holdsPhi, RedirectAttributes redirect) {
        try {
            // "aws/aws-s3" from the list, or a custom service of the provider named in customName
            String[] keys = service.split("/", 2);
            String provider = keys[0];
            String serviceKey = keys.length > 1 && !keys[1].equals("custom") ? keys[1] : null;
            String name = serviceKey == null ? customName : vendors.eligibilityList(scope)
                    .getOrDefault(provider, java.util.Map.of()).containsKey(serviceKey)
                    ? vendors.eligibilityList(scope).get(provider).get(serviceKey).name() : customName;
            vendors.addCloudService(scope, vendorId, provider, serviceKey, name, tier, regions,
                    Arrays.asList(features.split("[,\\n]")), holdsPhi);
            redirect.addFlashAttribute("notice", "Cloud service added.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendorId + "#cloud";
    }

    @PostMapping("/{vendorId}/cloud-services/{serviceId}/remove")
    String removeCloudService(TenantScope scope, @PathVariable UUID vendorId, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        vendors.removeCloudService(scope, serviceId);
        redirect.addFlashAttribute("notice", "Cloud service removed.");
        return "redirect:/t/" + scope.tenantId() + "/vendors/" + vendorId + "#cloud";
    }

    @GetMapping("/eligibility")
    String eligibility(TenantScope scope, Model model) {
        model.addAttribute("list", vendors.eligibilityList(scope));
        model.addAttribute("version", vendors.starterListVersion());
        return "vendor/eligibility";
    }

    @PostMapping("/eligibility")
    String editEligibility(TenantScope scope, @RequestParam String provider, @RequestParam String serviceKey,
            @RequestParam String name, @RequestParam(defaultValue = "false") boolean eligible,
            @RequestParam(defaultValue = "") String tiers, @RequestParam(defaultValue = "") String excludedFeatures,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
            @org.springframework.security.core.annotation.AuthenticationPrincipal io.safeguard.identity.AccountPrincipal account) {
        try {
            vendors.editEligibility(scope, provider, serviceKey, name, eligible, list(tiers), list(excludedFeatures), note,
                    account.email());
            redirect.addFlashAttribute("notice", "Eligibility recorded for " + name + ".");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/vendors/eligibility#" + provider;
    }

    private static java.util.List<String> list(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package io.safeguard.documents.web;

import io.safeguard.documents.DocumentKind;
import io.safeguard.documents.Evidence;
import io.safeguard.documents.Policies;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of policies and procedures, and one document with its versions. */
@Controller
@RequestMapping("/t/{tenantId}/documents")
class PolicyPageController {
    private final Policies policies;
    private final Evidence evidence;

    PolicyPageController(Policies policies, Evidence evidence) {
        this.policies = policies;
        this.evidence = evidence;
    }

    @GetMapping
    String register(TenantScope scope, Model model) {
        model.addAttribute("documents", policies.register(scope));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("today", evidence.today(scope.tenantId()));
        return "documents/register";
    }

    @PostMapping
    String create(TenantScope scope, @RequestParam(defaultValue = "") String title, @RequestParam DocumentKind kind,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String requirements,
            RedirectAttributes redirect) {
        try {
            PolicyDocument document = policies.create(scope, title, kind, owner, Arrays.asList(requirements.split("[,;\\s]+")));
            return "redirect:/t/" + scope.tenantId() + "/documents/" + document.id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/documents";
        }
    }

    @GetMapping("/{documentId}")
    String document(TenantScope scope, @PathVariable UUID documentId, Model model) {
        LocalDate today = evidence.today(scope.tenantId());
        PolicyDocument document = policies.get(scope, documentId);
        model.addAttribute("document", document);
        model.addAttribute("current", document.currentOn(today).orElse(null));
        model.addAttribute("today", today);
        return "documents/document";
    }

    @PostMapping("/{documentId}/versions")
    String addVersion(TenantScope scope, @PathVariable UUID documentId, @RequestParam(defaultValue = "") String label,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDueOn,
            @RequestParam(defaultValue = "") String approvedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
            @RequestParam(defaultValue = "") String changeSummary, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose the file with the text of this version.");
            return "redirect:/t/" + scope.tenantId() + "/documents/" + documentId;
        }
        try (InputStream in = file.getInputStream()) {
            policies.addVersion(scope, documentId, label, in, file.getOriginalFilename(), effectiveOn, reviewDueOn, approvedBy,
                    approvedOn, changeSummary);
            redirect.addFlashAttribute("notice", "Version " + label + " recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/documents/" + documentId;
    }
}

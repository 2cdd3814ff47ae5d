package io.safeguard.penalty.web;

import io.safeguard.documents.Evidence;
import io.safeguard.penalty.CapObligation;
import io.safeguard.penalty.CorrectiveActionPlans;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Corrective action plans: agreements, their obligations and reports to HHS, completion with evidence. */
@Controller
@RequestMapping("/t/{tenantId}/corrective-action")
class CapPageController {
    private final CorrectiveActionPlans plans;
    private final Evidence evidence;

    CapPageController(CorrectiveActionPlans plans, Evidence evidence) {
        this.plans = plans;
        this.evidence = evidence;
    }

    @GetMapping
    String list(TenantScope scope, Model model) {
        model.addAttribute("agreements", plans.list(scope));
        model.addAttribute("today", plans.today(scope.tenantId()));
        model.addAttribute("kinds", CapObligation.Kind.values());
        model.addAttribute("evidence", evidence.list(scope));
        return "penalty/corrective-action";
    }

    @PostMapping
    String add(TenantScope scope, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @RequestParam(required = false) String monitor,
            RedirectAttributes redirect) {
        return act(scope, redirect, () -> plans.addAgreement(scope, title, effectiveOn, endsOn, monitor), "Agreement recorded.");
    }

    @PostMapping("/{agreementId}/obligations")
    String obligation(TenantScope scope, @PathVariable UUID agreementId, @RequestParam CapObligation.Kind kind,
            @RequestParam String description, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(scope, redirect, () -> plans.addObligation(scope, agreementId, kind, description, dueOn), "Obligation added.");
    }

    @PostMapping("/obligations/{obligationId}/complete")
    String complete(TenantScope scope, @PathVariable UUID obligationId, @RequestParam(required = false) UUID evidenceId,
            RedirectAttributes redirect) {
        return act(scope, redirect, () -> plans.complete(scope, obligationId, evidenceId), "Obligation completed.");
    }

    private String act(TenantScope scope, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleViolation | NotFound e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessDenied e) {
            redirect.addFlashAttribute("error", "Your role does not allow this: owners and compliance officers record agreements.");
        }
        return "redirect:/t/" + scope.tenantId() + "/corrective-action";
    }
}

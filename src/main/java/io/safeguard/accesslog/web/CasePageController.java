package io.safeguard.accesslog.web;

import io.safeguard.accesslog.detection.DetectionRuns;
import io.safeguard.accesslog.review.Determination;
import io.safeguard.accesslog.review.Reviews;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.AccessReviews;
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

/** The alert queue (open cases, per user), running the detections over a period, and a case from alert to sanction. */
@Controller
@RequestMapping("/t/{tenantId}/accesslog/cases")
class CasePageController {
    private final Reviews reviews;
    private final DetectionRuns detection;
    private final AccessReviews sanctions;

    CasePageController(Reviews reviews, DetectionRuns detection, AccessReviews sanctions) {
        this.reviews = reviews;
        this.detection = detection;
        this.sanctions = sanctions;
    }

    @GetMapping
    String queue(TenantScope scope, @RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("cases", reviews.queue(scope, open));
        model.addAttribute("open", open);
        model.addAttribute("today", detection.today(scope));
        return "accesslog/cases";
    }

    @PostMapping("/detect")
    String detect(TenantScope scope, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("detection", detection.run(scope, from, to));
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/accesslog/cases";
    }

    @GetMapping("/{id}")
    String reviewCase(TenantScope scope, @PathVariable UUID id, Model model) {
        var c = reviews.get(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("determinations", Determination.values());
        if (c.determination() == Determination.INAPPROPRIATE && c.sanctionId() == null
                && scope.can(io.safeguard.shared.Permission.MANAGE_ORGANIZATION)) {
            model.addAttribute("sanctions", sanctions.sanctions(scope));
        }
        return "accesslog/case";
    }

    @PostMapping("/{id}/assign")
    String assign(TenantScope scope, @PathVariable UUID id, @RequestParam String assignee, RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> reviews.assign(scope, id, assignee), "Assigned.");
    }

    @PostMapping("/{id}/notes")
    String note(TenantScope scope, @PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> reviews.note(scope, id, text), "Note added.");
    }

    @PostMapping("/{id}/determination")
    String determine(TenantScope scope, @PathVariable UUID id, @RequestParam Determination determination, @RequestParam String rationale,
            RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> reviews.determine(scope, id, determination, rationale), "Case closed.");
    }

    @PostMapping("/{id}/sanction")
    String sanction(TenantScope scope, @PathVariable UUID id, @RequestParam UUID sanctionId, RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> reviews.linkSanction(scope, id, sanctionId), "Sanction linked.");
    }

    private String act(TenantScope scope, UUID id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/accesslog/cases/" + id;
    }
}

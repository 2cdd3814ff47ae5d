package io.safeguard.workforce.web;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.AccessGrant;
import io.safeguard.workforce.AccessReviews;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.Sanction;
import io.safeguard.workforce.Workforce;
import io.safeguard.workforce.WorkforceMember;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Access review campaigns and the sanctions register. */
@Controller
@RequestMapping("/t/{tenantId}/workforce")
class ReviewPageController {
    private final AccessReviews reviews;
    private final Workforce workforce;

    ReviewPageController(AccessReviews reviews, Workforce workforce) {
        this.reviews = reviews;
        this.workforce = workforce;
    }

    @GetMapping("/reviews")
    String campaigns(TenantScope scope, Model model) {
        model.addAttribute("campaigns", reviews.campaigns(scope));
        model.addAttribute("systems", workforce.grants(scope).stream().map(AccessGrant::systemName).distinct().sorted().toList());
        model.addAttribute("modes", ReviewCampaign.Mode.values());
        model.addAttribute("today", workforce.today(scope.tenantId()));
        return "workforce/reviews";
    }

    @PostMapping("/reviews")
    String launch(TenantScope scope, @RequestParam(defaultValue = "") String title, @RequestParam ReviewCampaign.Mode mode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> reviewers = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("reviewer.")) {
                reviewers.put(key.substring("reviewer.".length()), value);
            }
        });
        try {
            var campaign = reviews.launch(scope, title, mode, dueOn, reviewers);
            return "redirect:/t/" + scope.tenantId() + "/workforce/reviews/" + campaign.id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/workforce/reviews";
        }
    }

    @GetMapping("/reviews/{campaignId}")
    String campaign(TenantScope scope, @PathVariable UUID campaignId, Model model) {
        model.addAttribute("campaign", reviews.campaign(scope, campaignId));
        model.addAttribute("grants", workforce.grants(scope).stream().collect(Collectors.toMap(AccessGrant::id, Function.identity())));
        model.addAttribute("members", workforce.roster(scope).stream().collect(Collectors.toMap(WorkforceMember::id, Function.identity())));
        return "workforce/review";
    }

    @PostMapping("/reviews/{campaignId}/items/{itemId}")
    String decide(TenantScope scope, @PathVariable UUID campaignId, @PathVariable UUID itemId,
            @RequestParam ReviewCampaign.Decision decision, @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        try {
            reviews.decide(scope, campaignId, itemId, decision, comment);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/reviews/" + campaignId;
    }

    @PostMapping("/reviews/{campaignId}/sign-off")
    String signOff(TenantScope scope, @PathVariable UUID campaignId, RedirectAttributes redirect) {
        try {
            reviews.signOff(scope, campaignId);
            redirect.addFlashAttribute("notice", "Review signed off.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/reviews/" + campaignId;
    }

    @GetMapping("/sanctions")
    String sanctions(TenantScope scope, Model model) {
        model.addAttribute("sanctions", reviews.viewSanctions(scope));
        model.addAttribute("members", workforce.roster(scope).stream().collect(Collectors.toMap(WorkforceMember::id, Function.identity())));
        model.addAttribute("roster", workforce.roster(scope));
        model.addAttribute("types", Sanction.Type.values());
        model.addAttribute("today", workforce.today(scope.tenantId()));
        return "workforce/sanctions";
    }

    @PostMapping("/sanctions")
    String addSanction(TenantScope scope, @RequestParam UUID memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "") String policy, @RequestParam(defaultValue = "") String description,
            @RequestParam Sanction.Type type, @RequestParam(defaultValue = "") String decidedBy, RedirectAttributes redirect) {
        try {
            reviews.addSanction(scope, memberId, on, policy, description, type, decidedBy);
            redirect.addFlashAttribute("notice", "Sanction recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/sanctions";
    }
}

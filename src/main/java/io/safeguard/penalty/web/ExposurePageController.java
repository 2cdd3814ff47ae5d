package io.safeguard.penalty.web;

import io.safeguard.penalty.Culpability;
import io.safeguard.penalty.Exposure;
import io.safeguard.penalty.PenaltyCalculator;
import io.safeguard.shared.TenantScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Penalty exposure of the open findings, clearly an estimate, with the assumptions the user can change. */
@Controller
@RequestMapping("/t/{tenantId}/exposure")
class ExposurePageController {
    private final Exposure exposure;

    ExposurePageController(Exposure exposure) {
        this.exposure = exposure;
    }

    @GetMapping
    String exposure(TenantScope scope, @RequestParam(required = false) Integer tier,
            @RequestParam(defaultValue = "DISCRETION") PenaltyCalculator.Caps caps, Model model) {
        model.addAttribute("estimate", exposure.estimate(scope, tier == null ? null : Culpability.ofTier(tier), caps).orElse(null));
        model.addAttribute("tiers", Culpability.values());
        model.addAttribute("tier", tier);
        model.addAttribute("caps", caps);
        return "penalty/exposure";
    }
}

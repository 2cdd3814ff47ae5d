package io.safeguard.penalty.api;

import io.safeguard.penalty.Culpability;
import io.safeguard.penalty.Exposure;
import io.safeguard.penalty.PenaltyCalculator;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The penalty exposure estimate of the open Not met findings (an estimate, not a legal determination): the tier can be
 * set for all findings ({@code tier=1..4}) and the caps chosen ({@code caps=DISCRETION|REGULATION}); 404 before the
 * first assessment.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/exposure")
class ExposureRestController {
    private final Exposure exposure;

    ExposureRestController(Exposure exposure) {
        this.exposure = exposure;
    }

    @GetMapping
    Exposure.Estimate estimate(TenantScope scope, @RequestParam(required = false) Integer tier,
            @RequestParam(defaultValue = "DISCRETION") PenaltyCalculator.Caps caps) {
        return exposure.estimate(scope, tier == null ? null : Culpability.ofTier(tier), caps)
                .orElseThrow(() -> new NotFound("assessment", "none yet"));
    }
}

package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How the organization responds to a risk, and the likelihood and impact it expects afterwards. Accepting a risk needs
 * an approver, a rationale and a date to look at it again; transferring names to whom (insurer, vendor contract).
 */
public record Treatment(Strategy strategy, @Nullable Integer residualLikelihood, @Nullable Integer residualImpact,
        @Nullable String rationale, @Nullable String approver, @Nullable LocalDate reviewOn, LocalDate decidedOn) {

    public Treatment {
        if (strategy == null || decidedOn == null) {
            throw new BusinessRuleViolation("risk.treatment", "Choose how the risk is treated.");
        }
        if ((residualLikelihood == null) != (residualImpact == null)) {
            throw new BusinessRuleViolation("risk.residual", "Rate both residual likelihood and residual impact, or neither.");
        }
        if (residualLikelihood != null) {
            RiskScales.requireLevel(residualLikelihood);
            RiskScales.requireLevel(residualImpact);
        }
        rationale = Texts.clean(rationale, 2000);
        approver = Texts.clean(approver, 160);
        if (strategy == Strategy.ACCEPT && (approver == null || rationale == null || reviewOn == null)) {
            throw new BusinessRuleViolation("risk.acceptance",
                    "Accepting a risk needs the approver, the rationale and a date to review the acceptance.");
        }
        if (strategy != Strategy.MITIGATE && rationale == null) {
            throw new BusinessRuleViolation("risk.rationale", "Explain the " + strategy.label().toLowerCase(java.util.Locale.ROOT) + " decision.");
        }
    }

    public boolean reviewOverdueOn(LocalDate today) {
        return reviewOn != null && reviewOn.isBefore(today);
    }
}

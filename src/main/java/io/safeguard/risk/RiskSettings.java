package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;

/**
 * A tenant's risk method: its matrix, the level from which a risk needs a treatment in the risk management plan
 * (164.308(a)(1)(ii)(B): "sufficient to reduce risks ... to a reasonable and appropriate level"), and how many
 * months an analysis stays current before it must be reviewed (164.316(b)(2)(iii); 12 by default).
 */
public record RiskSettings(RiskMatrix matrix, RiskLevel threshold, int reviewMonths) {
    public static final RiskSettings DEFAULT = new RiskSettings(RiskMatrix.NIST_800_30, RiskLevel.MODERATE, 12);

    public RiskSettings {
        if (matrix == null || threshold == null) {
            throw new BusinessRuleViolation("risk.settings", "Choose a matrix and a treatment threshold.");
        }
        if (reviewMonths < 1 || reviewMonths > 36) {
            throw new BusinessRuleViolation("risk.review-months", "The review period is 1 to 36 months.");
        }
    }

    public RiskLevel level(int likelihood, int impact) {
        return matrix.level(likelihood, impact);
    }
}

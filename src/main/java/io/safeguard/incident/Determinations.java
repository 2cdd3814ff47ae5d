package io.safeguard.incident;

import io.safeguard.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the determination (regulation.md 2.1-2.2). Every impermissible use or disclosure is presumed a breach:
 * the proposal is the safe harbor when the encryption record shows it, else the exception claimed, else "low
 * probability" when all four factors are documented and judged low, else a breach. A conclusion is refused when the
 * record does not support it.
 */
public final class Determinations {
    private Determinations() {}

    public static Conclusion propose(SafeHarbor safeHarbor, @Nullable BreachException exception, RiskAssessment assessment) {
        if (safeHarbor.applies()) {
            return Conclusion.SECURED_PHI_SAFE_HARBOR;
        }
        if (exception != null) {
            return Conclusion.EXCEPTION;
        }
        return assessment.lowProbability() ? Conclusion.NOT_A_BREACH_LOW_PROBABILITY : Conclusion.BREACH;
    }

    public static void check(Conclusion conclusion, SafeHarbor safeHarbor, @Nullable BreachException exception,
            RiskAssessment assessment, @Nullable String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new BusinessRuleViolation("incident.rationale", "State why: the determination is kept with its rationale (164.414(b)).");
        }
        switch (conclusion) {
            case SECURED_PHI_SAFE_HARBOR -> {
                if (!safeHarbor.applies()) {
                    throw new BusinessRuleViolation("incident.safe-harbor", "The encryption record does not support the safe harbor. "
                            + safeHarbor.summary());
                }
            }
            case EXCEPTION -> {
                if (exception == null) {
                    throw new BusinessRuleViolation("incident.exception", "Name the exception of 164.402(1) that applies.");
                }
            }
            case NOT_A_BREACH_LOW_PROBABILITY -> {
                if (!assessment.lowProbability()) {
                    throw new BusinessRuleViolation("incident.low-probability", "A low probability of compromise must be shown by "
                            + "documenting all four factors of 164.402(2), each judged low; otherwise the incident is presumed a breach.");
                }
            }
            case BREACH -> { }
        }
    }
}

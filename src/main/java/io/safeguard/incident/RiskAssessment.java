package io.safeguard.incident;

import java.util.List;

/**
 * The four-factor risk assessment of 164.402(2): at least (1) the nature and extent of the PHI, including identifiers
 * and the likelihood of re-identification, (2) the unauthorized person, (3) whether the PHI was actually acquired or
 * viewed, (4) the extent to which the risk has been mitigated.
 */
public record RiskAssessment(Factor nature, Factor recipient, Factor acquired, Factor mitigation) {
    public static final RiskAssessment NONE = new RiskAssessment(Factor.NONE, Factor.NONE, Factor.NONE, Factor.NONE);

    public static final List<String> QUESTIONS = List.of(
            "1. Nature and extent of the PHI involved, including the types of identifiers and the likelihood of re-identification",
            "2. The unauthorized person who used the PHI or to whom it was disclosed",
            "3. Whether the PHI was actually acquired or viewed",
            "4. The extent to which the risk to the PHI has been mitigated");

    public RiskAssessment {
        nature = nature == null ? Factor.NONE : nature;
        recipient = recipient == null ? Factor.NONE : recipient;
        acquired = acquired == null ? Factor.NONE : acquired;
        mitigation = mitigation == null ? Factor.NONE : mitigation;
    }

    public List<Factor> factors() {
        return List.of(nature, recipient, acquired, mitigation);
    }

    public boolean complete() {
        return factors().stream().allMatch(Factor::documented);
    }

    public boolean started() {
        return factors().stream().anyMatch(f -> f.finding() != null || f.judgement() != null);
    }

    /** Low probability of compromise is shown only when every factor is documented and judged low. */
    public boolean lowProbability() {
        return complete() && factors().stream().allMatch(f -> f.judgement() == Judgement.LOW);
    }
}

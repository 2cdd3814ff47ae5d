package io.safeguard.risk;

/**
 * A threat/vulnerability pair the inventory points to, with the fact that raised it ({@code because}), e.g.
 * "laptop-12 stores ePHI and is not fully encrypted at rest". Adding it creates a draft risk.
 */
public record Suggestion(RiskTarget target, ThreatLibrary.Threat threat, ThreatLibrary.Vulnerability vulnerability,
        String because) {

    /** Identifies the suggestion across requests, and whether the register already has it. */
    public String key() {
        return target.key() + "|" + vulnerability.id();
    }
}

package io.safeguard.risk;

import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a risk: what it is about, the threat and the vulnerability it exploits (library ids when taken
 * from the threat library, with the words either way), the security measures already in place (HHS 2010 element 4)
 * and the likelihood and impact (elements 5 and 6). A risk can be recorded before it is rated.
 */
public record RiskDetails(RiskTarget target, @Nullable String threatId, String threat, @Nullable String vulnerabilityId,
        String vulnerability, @Nullable String currentMeasures, @Nullable Integer likelihood, @Nullable Integer impact) {

    public RiskDetails {
        if (target == null) {
            throw new io.safeguard.shared.BusinessRuleViolation("risk.target", "Choose what the risk is about.");
        }
        threatId = Texts.clean(threatId, 64);
        vulnerabilityId = Texts.clean(vulnerabilityId, 64);
        threat = Texts.required(threat, 300, "risk.threat", "Name the threat (at most 300 characters).");
        vulnerability = Texts.required(vulnerability, 500, "risk.vulnerability", "Name the vulnerability (at most 500 characters).");
        currentMeasures = Texts.clean(currentMeasures, 2000);
        if (likelihood != null) {
            RiskScales.requireLevel(likelihood);
        }
        if (impact != null) {
            RiskScales.requireLevel(impact);
        }
    }

    public boolean rated() {
        return likelihood != null && impact != null;
    }
}

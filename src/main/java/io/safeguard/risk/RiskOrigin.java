package io.safeguard.risk;

/** How a risk entered the register. */
public enum RiskOrigin {
    MANUAL, SUGGESTED, QUESTIONNAIRE, IMPORTED
}

package io.safeguard.risk;

/** Draft risks come from suggestions and the questionnaire and count only once someone confirms them. */
public enum RiskStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

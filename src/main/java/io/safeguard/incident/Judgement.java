package io.safeguard.incident;

/** The judgement on one factor of the four-factor risk assessment: does it point to a low or a high risk of compromise. */
public enum Judgement {
    LOW("Low"),
    HIGH("High");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

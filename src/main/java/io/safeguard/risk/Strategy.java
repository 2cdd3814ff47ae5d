package io.safeguard.risk;

/** The four ways to treat a risk in the risk management plan (NIST SP 800-39 risk response). */
public enum Strategy {
    MITIGATE("Mitigate"),
    ACCEPT("Accept"),
    TRANSFER("Transfer"),
    AVOID("Avoid");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

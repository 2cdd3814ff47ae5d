package io.safeguard.incident;

/** The documented outcome of a breach determination (164.402, 164.414(b)). */
public enum Conclusion {
    BREACH("Breach of unsecured PHI: notification required"),
    NOT_A_BREACH_LOW_PROBABILITY("Not a breach: low probability that the PHI has been compromised (164.402(2))"),
    EXCEPTION("Not a breach: an exception of 164.402(1) applies"),
    SECURED_PHI_SAFE_HARBOR("Not a breach of unsecured PHI: the PHI was secured per HHS guidance (safe harbor)");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean notificationRequired() {
        return this == BREACH;
    }
}

package io.safeguard.accesslog.review;

/** How a reviewer closes a case (the usual privacy-monitoring outcomes). */
public enum Determination {
    APPROPRIATE("Appropriate: a documented work reason"),
    INAPPROPRIATE("Inappropriate: no work reason (sanction per policy, 164.530(e); assess for breach, 164.402)"),
    UNABLE_TO_DETERMINE("Unable to determine");

    private final String label;

    Determination(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

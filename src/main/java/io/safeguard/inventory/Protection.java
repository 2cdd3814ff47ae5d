package io.safeguard.inventory;

/** How much of an asset's ePHI a safeguard covers. */
public enum Protection {
    NONE("None"),
    PARTIAL("Partial"),
    FULL("Full");

    private final String label;

    Protection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package io.safeguard.organization;

/** Organization size as 405(d) HICP groups its practices (Technical Volume 1: small; Volume 2: medium and large). */
public enum SizeCategory {
    SMALL("Small"),
    MEDIUM("Medium"),
    LARGE("Large");

    private final String label;

    SizeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

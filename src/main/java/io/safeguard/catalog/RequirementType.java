package io.safeguard.catalog;

public enum RequirementType {
    STANDARD("Standard"),
    IMPLEMENTATION_SPECIFICATION("Implementation specification"),
    /** A Breach Notification or Privacy Rule provision, or a requirement the 2025 proposal would add. */
    REQUIREMENT("Requirement");

    private final String label;

    RequirementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

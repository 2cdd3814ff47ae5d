package io.safeguard.risk;

/** The qualitative risk levels of NIST SP 800-30 Rev. 1 (Appendix I), lowest first. */
public enum RiskLevel {
    VERY_LOW("Very low"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS class of the heat-map cell and badge, e.g. {@code level-very-high}. */
    public String css() {
        return "level-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean atLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}

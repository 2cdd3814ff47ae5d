package io.safeguard.assessment;

import org.jspecify.annotations.Nullable;

/** A finding's status; the credit it earns in the readiness score (Unknown earns nothing: never silently Met). */
public enum FindingStatus {
    NOT_MET("Not met", 0.0),
    PARTIALLY_MET("Partially met", 0.5),
    UNKNOWN("Unknown", 0.0),
    MET("Met", 1.0),
    NOT_APPLICABLE("Not applicable", null);

    private final String label;
    private final @Nullable Double credit;

    FindingStatus(String label, @Nullable Double credit) {
        this.label = label;
        this.credit = credit;
    }

    public String label() {
        return label;
    }

    public @Nullable Double credit() {
        return credit;
    }

    public String css() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

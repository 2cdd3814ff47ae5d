package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The subject of a risk. {@code ref} is the asset, data flow or vendor id, or the asset type name for a group of like
 * assets (HHS 2010 guidance allows grouping like assets); the label is the name when the risk was recorded.
 */
public record RiskTarget(TargetKind kind, @Nullable String ref, String label) {
    public static final RiskTarget ORGANIZATION = new RiskTarget(TargetKind.ORGANIZATION, null, "Whole organization");

    public RiskTarget {
        if (kind == null) {
            throw new BusinessRuleViolation("risk.target", "Choose what the risk is about.");
        }
        if ((kind == TargetKind.ORGANIZATION) != (ref == null)) {
            throw new BusinessRuleViolation("risk.target", "Choose the asset, group, data flow or vendor the risk is about.");
        }
        label = label == null || label.isBlank() ? kind.label() : label.strip();
    }

    /** Stable key of the target, e.g. {@code ASSET:7c1...}, used to match risks against the scope. */
    public String key() {
        return ref == null ? kind.name() : kind.name() + ":" + ref;
    }
}

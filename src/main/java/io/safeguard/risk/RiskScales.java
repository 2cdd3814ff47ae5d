package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.List;

/**
 * Definitions of the five likelihood and impact levels, so that two people rating the same risk mean the same thing
 * (HHS 2010 guidance, elements 5 and 6; semi-quantitative scales of NIST SP 800-30 Rev. 1 Appendices G and H,
 * worded for a healthcare organization).
 */
public final class RiskScales {
    public record Level(int value, String name, String definition) {}

    public static final List<Level> LIKELIHOOD = List.of(
            new Level(1, "Very low", "Highly unlikely: not expected in the next several years; strong measures in place."),
            new Level(2, "Low", "Unlikely: could happen once in several years; measures make it hard."),
            new Level(3, "Moderate", "Somewhat likely: may happen within a year or two; measures are partial."),
            new Level(4, "High", "Likely: expected within the next year; weaknesses are known and exploitable."),
            new Level(5, "Very high", "Almost certain: already happening or expected within months."));

    public static final List<Level> IMPACT = List.of(
            new Level(1, "Very low", "Negligible: no ePHI exposed, no effect on care or operations."),
            new Level(2, "Low", "Limited: a few records exposed, or a short disruption that workarounds absorb."),
            new Level(3, "Moderate", "Serious: a reportable breach of fewer than 500 individuals, or care delayed for hours."),
            new Level(4, "High", "Severe: a breach of 500 or more individuals, or systems unavailable for days."),
            new Level(5, "Very high", "Catastrophic: patient harm, a large breach with media notice, or a prolonged shutdown."));

    private RiskScales() {}

    static void requireLevel(int value) {
        if (value < 1 || value > 5) {
            throw new BusinessRuleViolation("risk.scale", "Likelihood and impact are rated from 1 to 5.");
        }
    }
}

package io.safeguard.penalty;

/** The four culpability tiers of 45 CFR 160.404(b)(2). */
public enum Culpability {
    DID_NOT_KNOW(1, "Did not know and, by exercising reasonable diligence, would not have known"),
    REASONABLE_CAUSE(2, "Reasonable cause and not willful neglect"),
    WILLFUL_NEGLECT_CORRECTED(3, "Willful neglect, corrected within 30 days"),
    WILLFUL_NEGLECT_NOT_CORRECTED(4, "Willful neglect, not corrected within 30 days");

    private final int tier;
    private final String label;

    Culpability(int tier, String label) {
        this.tier = tier;
        this.label = label;
    }

    public int tier() {
        return tier;
    }

    public String label() {
        return label;
    }

    public static Culpability ofTier(int tier) {
        for (Culpability c : values()) {
            if (c.tier == tier) {
                return c;
            }
        }
        throw new IllegalArgumentException("The culpability tier is 1, 2, 3 or 4.");
    }
}

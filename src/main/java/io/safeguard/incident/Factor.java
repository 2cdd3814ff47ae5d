package io.safeguard.incident;

import org.jspecify.annotations.Nullable;

/** One factor of the 164.402(2) risk assessment: what was found and the low/high judgement drawn from it. */
public record Factor(@Nullable String finding, @Nullable Judgement judgement) {
    public static final Factor NONE = new Factor(null, null);

    public Factor {
        finding = finding == null || finding.isBlank() ? null : finding.strip();
    }

    public boolean documented() {
        return finding != null && judgement != null;
    }
}

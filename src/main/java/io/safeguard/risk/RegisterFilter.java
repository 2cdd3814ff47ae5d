package io.safeguard.risk;

import org.jspecify.annotations.Nullable;

/** Register filters: minimum level, status, treatment, what the risks are about, and the plan's exceptions. */
public record RegisterFilter(@Nullable RiskLevel minimumLevel, @Nullable RiskStatus status, @Nullable Strategy strategy,
        @Nullable TargetKind targetKind, boolean untreatedOnly, boolean overdueOnly) {
    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, false, false);
}

package io.safeguard.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The register as a page shows it: filtered rows, heat maps of all open risks, and the plan's counts. */
public record RegisterView(LocalDate today, RiskSettings settings, List<Row> rows, HeatMap current, HeatMap residual,
        int open, int drafts, int untreated, int overdue) {

    public record Row(Risk risk, @Nullable RiskLevel level, @Nullable RiskLevel residual, boolean needsTreatment,
            boolean overdue) {}
}

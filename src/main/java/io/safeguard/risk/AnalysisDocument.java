package io.safeguard.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a risk analysis says, as one document: scope, method, participants, dates, the risks with their ratings,
 * treatments and measures, the method's matrix and threshold, and the completeness check. A completed analysis stores
 * this document as its frozen version; an analysis in progress renders the same document from live data.
 */
public record AnalysisDocument(UUID analysisId, String title, @Nullable Integer version, String organization,
        LocalDate startedOn, @Nullable LocalDate analysisDate, @Nullable Instant completedAt, @Nullable String completedBy,
        @Nullable String scopeStatement, @Nullable String method, @Nullable String participants, RiskSettings settings,
        String libraryVersion, List<ScopeItem> scope, List<Risk> risks, List<CompletenessElement> completeness) {

    public boolean completed() {
        return completedAt != null;
    }

    /** Completed versions are kept at least six years from completion (164.316(b)(2)(i)); Safeguard never deletes them. */
    public @Nullable LocalDate keptUntil() {
        return analysisDate == null ? null : analysisDate.plusYears(6);
    }

    public List<Risk> openRisks() {
        return risks.stream().filter(Risk::open).toList();
    }

    public HeatMap heatMap() {
        return HeatMap.current(settings, openRisks());
    }

    public HeatMap residualHeatMap() {
        return HeatMap.residual(settings, openRisks());
    }
}

package io.safeguard.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the latest completed analysis still describes the organization (164.306(e), 164.316(b)(2)(iii)): it is
 * within the tenant's review period, and no ePHI asset, data flow or vendor was added or materially changed after it.
 * {@code outside} names what the analysis misses, e.g. "pacs-01 (asset added 2026-09-14)".
 */
public record AnalysisCurrency(int version, LocalDate analysisDate, LocalDate reviewDue, boolean pastReview,
        List<String> outside) {

    public boolean current() {
        return !pastReview && outside.isEmpty();
    }

    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (pastReview) {
            reasons.add("The analysis of " + analysisDate + " was due for review on " + reviewDue + ".");
        }
        outside.forEach(o -> reasons.add(o + " is outside the analysis."));
        return reasons;
    }

    /** The review is due on the day the period ends; the analysis is stale from the next day. */
    static AnalysisCurrency of(int version, LocalDate analysisDate, int reviewMonths, LocalDate today, List<String> outside) {
        LocalDate due = analysisDate.plusMonths(reviewMonths);
        return new AnalysisCurrency(version, analysisDate, due, today.isAfter(due), List.copyOf(outside));
    }

    static @Nullable String describe(String label, String kind, boolean added, LocalDate on) {
        return label + " (" + kind + (added ? " added " : " changed ") + on + ")";
    }
}

package io.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review period ends on its due day: current that day, stale the next (164.316(b)(2)(iii)). */
class AnalysisCurrencyTests {
    static final LocalDate ANALYSIS = LocalDate.of(2026, 3, 18);

    @Test
    void theAnalysisIsCurrentOnTheDueDayAndStaleTheDayAfter() {
        assertThat(AnalysisCurrency.of(1, ANALYSIS, 12, LocalDate.of(2027, 3, 18), List.of()).current()).isTrue();
        var late = AnalysisCurrency.of(1, ANALYSIS, 12, LocalDate.of(2027, 3, 19), List.of());
        assertThat(late.current()).isFalse();
        assertThat(late.reasons()).containsExactly("The analysis of 2026-03-18 was due for review on 2027-03-18.");
    }

    @Test
    void aShorterReviewPeriodMovesTheDueDate() {
        assertThat(AnalysisCurrency.of(1, ANALYSIS, 6, LocalDate.of(2026, 9, 18), List.of()).current()).isTrue();
        assertThat(AnalysisCurrency.of(1, ANALYSIS, 6, LocalDate.of(2026, 9, 19), List.of()).current()).isFalse();
    }

    @Test
    void anythingAddedAfterTheAnalysisMakesItNotCurrentWhateverTheDate() {
        var currency = AnalysisCurrency.of(1, ANALYSIS, 12, ANALYSIS.plusDays(1),
                List.of(AnalysisCurrency.describe("pacs-01", "asset", true, ANALYSIS.plusDays(1))));
        assertThat(currency.current()).isFalse();
        assertThat(currency.reasons()).containsExactly("pacs-01 (asset added 2026-03-19) is outside the analysis.");
    }
}

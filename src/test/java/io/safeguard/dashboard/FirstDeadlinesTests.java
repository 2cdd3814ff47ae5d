package io.safeguard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's short list puts what is owed to individuals or HHS ahead of the program's own schedule. */
class FirstDeadlinesTests {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void breachNoticesAndCorrectiveActionComeFirstThenTheRestByDate() {
        var policy = new Deadline(LocalDate.of(2025, 9, 3), "Contingency Plan: review", "Policy", "/p", TODAY);
        var training = new Deadline(LocalDate.of(2026, 9, 15), "Carla Chen: annual training", "Training", "/t", TODAY);
        var notice = new Deadline(LocalDate.of(2027, 1, 1), "INC-002: Notice to individuals", Deadline.BREACH_NOTICE, "/i", TODAY);
        var report = new Deadline(LocalDate.of(2026, 12, 15), "CAP: annual report", Deadline.REPORT_TO_HHS, "/c", TODAY);
        var view = new Dashboard.View(null, List.of(), Map.of(), 0, List.of(), List.of(), List.of(), List.of(),
                List.of(policy, training, report, notice));

        assertThat(view.firstDeadlines(3)).containsExactly(report, notice, policy);
        assertThat(view.firstDeadlines(10)).containsExactly(report, notice, policy, training);
        assertThat(notice.statutory()).isTrue();
        assertThat(training.statutory()).isFalse();
    }
}

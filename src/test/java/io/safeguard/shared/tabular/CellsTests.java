package io.safeguard.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CellsTests {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-03-01, 2026-03-01",
        "2026-3-1, 2026-03-01",
        "2026-03-01T09:30:00, 2026-03-01",
        "3/1/2026, 2026-03-01",
        "12/31/2025, 2025-12-31",
        "46082, 2026-03-01",     // Excel serial
        "61, 1900-03-01",        // first serial after Excel's phantom 1900-02-29
        "45658.0, 2025-01-01"
    })
    void readsSpreadsheetDates(String text, LocalDate expected) {
        assertThat(Cells.date(text)).isEqualTo(expected);
    }

    @Test
    void refusesImpossibleDatesWithoutQuotingThem() {
        assertThatThrownBy(() -> Cells.date("2026-02-30")).hasMessageNotContaining("2026-02-30").hasMessageContaining("date");
        assertThatThrownBy(() -> Cells.date("13/01/2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cells.date("next tuesday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsYesNoAndNumbers() {
        assertThat(Cells.bool(" Yes ")).isTrue();
        assertThat(Cells.bool("x")).isTrue();
        assertThat(Cells.bool("N")).isFalse();
        assertThat(Cells.integer("1,200", 0, 10_000)).isEqualTo(1200);
        assertThat(Cells.integer("15.0", 0, 100)).isEqualTo(15);
        assertThatThrownBy(() -> Cells.integer("-1", 0, 10)).hasMessageContaining("0 to 10");
        assertThatThrownBy(() -> Cells.bool("maybe")).hasMessageContaining("yes or no");
    }

    enum Kind { LAPTOP, MEDICAL_DEVICE }

    @Test
    void matchesChoicesLoosely() {
        assertThat(Cells.choice(Kind.class, "medical device")).isEqualTo(Kind.MEDICAL_DEVICE);
        assertThat(Cells.choice(Kind.class, "Medical-Device")).isEqualTo(Kind.MEDICAL_DEVICE);
        assertThatThrownBy(() -> Cells.choice(Kind.class, "toaster")).hasMessageContaining("laptop");
    }
}

package io.safeguard.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionTests {
    @Test
    void sixYearsFromTheLaterOfCreationAndLastEffect() {
        assertThat(Retention.until(LocalDate.of(2020, 1, 10), LocalDate.of(2023, 5, 1))).isEqualTo(LocalDate.of(2029, 5, 1));
        assertThat(Retention.until(LocalDate.of(2026, 7, 8), LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2032, 7, 8));
    }

    @Test
    void retainedThroughTheLastDayAndDeletableTheDayAfter() {
        LocalDate until = LocalDate.of(2032, 7, 8);
        assertThat(Retention.retainedOn(until, LocalDate.of(2032, 7, 8))).isTrue();
        assertThat(Retention.retainedOn(until, LocalDate.of(2032, 7, 9))).isFalse();
    }

    @Test
    void fileNamesCannotReachTheFileSystem() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("..\\..\\Windows\\win.ini")).isEqualTo("win.ini");
        assertThat(FileNames.sanitize("...")).isEqualTo("file");
        assertThat(FileNames.sanitize("review <Q2> ;rm -rf.pdf")).isEqualTo("review _Q2_ _rm -rf.pdf");
        assertThat(FileNames.contentType("scan.PDF")).isEqualTo("application/pdf");
        assertThat(FileNames.contentType("payload.html")).isEqualTo("application/octet-stream");
    }
}

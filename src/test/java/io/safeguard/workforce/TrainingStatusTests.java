package io.safeguard.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingStatusTests {
    private static final Course ANNUAL = new Course(UUID.randomUUID(), "SEC", "Security", 12, 30, Course.Audience.EVERYONE);
    private static final Course PRIVACY = new Course(UUID.randomUUID(), "PRIV", "Privacy", 12, 30, Course.Audience.PHI_ACCESS);

    static WorkforceMember member(LocalDate hired, LocalDate terminated, boolean phi) {
        return new WorkforceMember(UUID.randomUUID(), "E1", "Ana", null, null, null, null, hired, terminated, phi);
    }

    @Test
    void aCompletionCountsThroughItsDueDateAndNotTheDayAfter() {
        var ana = member(LocalDate.of(2020, 1, 6), null, true);
        LocalDate completed = LocalDate.of(2025, 11, 23);
        assertThat(TrainingStatus.of(ana, ANNUAL, completed, LocalDate.of(2026, 11, 23)).state()).isEqualTo(TrainingStatus.State.DUE_SOON);
        assertThat(TrainingStatus.of(ana, ANNUAL, completed, LocalDate.of(2026, 11, 24)).state()).isEqualTo(TrainingStatus.State.OVERDUE);
        assertThat(TrainingStatus.of(ana, ANNUAL, completed, LocalDate.of(2026, 10, 24)).state()).isEqualTo(TrainingStatus.State.CURRENT);
        assertThat(TrainingStatus.of(ana, ANNUAL, completed, LocalDate.of(2026, 10, 25)).state()).isEqualTo(TrainingStatus.State.DUE_SOON);
    }

    @Test
    void aNewHireHasThirtyDaysAndIsOverdueOnDayThirtyOne() {
        var newHire = member(LocalDate.of(2026, 9, 8), null, true);
        assertThat(TrainingStatus.of(newHire, ANNUAL, null, LocalDate.of(2026, 10, 8)).state()).isEqualTo(TrainingStatus.State.DUE);
        assertThat(TrainingStatus.of(newHire, ANNUAL, null, LocalDate.of(2026, 10, 9)).state()).isEqualTo(TrainingStatus.State.OVERDUE);
    }

    @Test
    void coursesApplyByAudienceAndOnlyToActiveMembers() {
        var noPhi = member(LocalDate.of(2020, 1, 6), null, false);
        assertThat(TrainingStatus.of(noPhi, PRIVACY, null, LocalDate.of(2026, 11, 23)).state()).isEqualTo(TrainingStatus.State.NOT_REQUIRED);
        var gone = member(LocalDate.of(2020, 1, 6), LocalDate.of(2026, 7, 17), true);
        assertThat(TrainingStatus.of(gone, ANNUAL, null, LocalDate.of(2026, 11, 23)).state()).isEqualTo(TrainingStatus.State.NOT_REQUIRED);
        assertThat(gone.activeOn(LocalDate.of(2026, 7, 16))).isTrue();
        assertThat(gone.activeOn(LocalDate.of(2026, 7, 17))).isFalse();
    }

    @Test
    void revocationLagIsMeasuredFromTheTerminationDay() {
        var kevin = member(LocalDate.of(2021, 5, 3), LocalDate.of(2026, 7, 17), true);
        var sameDay = new AccessGrant(UUID.randomUUID(), kevin.id(), "EHR", "kd", null, null, LocalDate.of(2026, 7, 17));
        var nineDays = new AccessGrant(UUID.randomUUID(), kevin.id(), "EHR", "kd2", null, null, LocalDate.of(2026, 7, 26));
        var open = new AccessGrant(UUID.randomUUID(), kevin.id(), "M365", "kd3", null, null, null);
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        assertThat(RevocationLag.of(kevin, sameDay, asOf, 1).days()).isZero();
        assertThat(RevocationLag.of(kevin, sameDay, asOf, 1).overSla()).isFalse();
        assertThat(RevocationLag.of(kevin, nineDays, asOf, 1).overSla()).isTrue();
        var stillActive = RevocationLag.of(kevin, open, asOf, 1);
        assertThat(stillActive.stillActive()).isTrue();
        assertThat(stillActive.days()).isEqualTo(129);
        assertThat(RevocationLag.of(kevin, open, LocalDate.of(2026, 7, 16), 1)).isNull();
        var oneDay = new AccessGrant(UUID.randomUUID(), kevin.id(), "EHR", "kd4", null, null, LocalDate.of(2026, 7, 18));
        assertThat(RevocationLag.of(kevin, oneDay, asOf, 1).overSla()).isFalse();
        assertThat(RevocationLag.of(kevin, oneDay, asOf, 0).overSla()).isTrue();
    }
}

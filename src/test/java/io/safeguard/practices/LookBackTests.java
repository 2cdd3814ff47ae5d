package io.safeguard.practices;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.organization.SizeCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** "In place for not less than the previous 12 months" (HITECH section 13412), day by day. */
class LookBackTests {
    static final Practice MFA = new Practice("hicp-2023", "3.S.A", "Identity", "3", "Access Management",
            Set.of(SizeCategory.SMALL), "MFA for remote access", List.of("MFA enrolment report"));
    static final UUID REPORT = UUID.randomUUID();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    @Test
    void thePeriodStartsOnTheSameDayAYearEarlier() {
        assertThat(LookBack.periodStart(AS_OF)).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(LookBack.periodStart(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(LookBack.periodStart(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void adoptedExactlyTwelveMonthsBeforeIsInPlace() {
        var standing = standing(AS_OF, record(LocalDate.of(2025, 11, 15), null, REPORT));
        assertThat(standing.standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(standing.monthsInPlace()).isEqualTo(12);
        assertThat(standing.gaps()).isEmpty();
    }

    @Test
    void adoptedTheDayAfterIsOnlyPartial() {
        var standing = standing(AS_OF, record(LocalDate.of(2025, 11, 16), null, REPORT));
        assertThat(standing.standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing.gaps()).containsExactly("adopted 2025-11-16: in place 11 of the 12 months");
    }

    @Test
    void theDayBeforeTheBoundaryTheSameRecordIsStillPartial() {
        var record = record(LocalDate.of(2025, 11, 15), null, REPORT);
        assertThat(standing(AS_OF.minusDays(1), record).standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing(AS_OF.minusDays(1), record).gaps()).containsExactly("adopted 2025-11-15: in place 11 of the 12 months");
        assertThat(standing(AS_OF, record).standing()).isEqualTo(Standing.IN_PLACE);
    }

    @Test
    void aRecentAdoptionSaysHowManyMonthsItCovers() {
        var standing = standing(LocalDate.of(2026, 11, 1), record(LocalDate.of(2026, 3, 1), null, REPORT));
        assertThat(standing.gaps()).containsExactly("adopted 2026-03-01: in place 8 of the 12 months");
        assertThat(standing.monthsInPlace()).isEqualTo(8);
    }

    @Test
    void retiredWithinThePeriodIsPartial() {
        var standing = standing(AS_OF, record(LocalDate.of(2023, 1, 10), LocalDate.of(2026, 6, 30), REPORT));
        assertThat(standing.standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing.gaps()).containsExactly("retired 2026-06-30: in place 7 of the 12 months");
    }

    @Test
    void retiredOnTheAsOfDayStillCountsAndTheDayBeforeDoesNot() {
        assertThat(standing(AS_OF, record(LocalDate.of(2023, 1, 10), AS_OF, REPORT)).standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(standing(AS_OF, record(LocalDate.of(2023, 1, 10), AS_OF.minusDays(1), REPORT)).standing())
                .isEqualTo(Standing.PARTIAL);
    }

    @Test
    void retiredBeforeThePeriodIsNotAdopted() {
        var standing = standing(AS_OF, record(LocalDate.of(2022, 1, 10), LocalDate.of(2024, 3, 1), REPORT));
        assertThat(standing.standing()).isEqualTo(Standing.NOT_ADOPTED);
        assertThat(standing.gaps()).containsExactly("retired 2024-03-01, before the period");
    }

    @Test
    void withoutEvidenceAWholeYearIsOnlyPartial() {
        var standing = standing(AS_OF, record(LocalDate.of(2023, 1, 10), null));
        assertThat(standing.standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing.gaps()).containsExactly("no evidence linked");
        var deleted = standing(AS_OF, record(LocalDate.of(2023, 1, 10), null, UUID.randomUUID()));
        assertThat(deleted.gaps()).containsExactly("the linked evidence is no longer on file");
    }

    @Test
    void aRecentAdoptionWithoutEvidenceHasBothGaps() {
        assertThat(standing(AS_OF, record(LocalDate.of(2026, 9, 1), null)).gaps())
                .containsExactly("adopted 2026-09-01: in place 2 of the 12 months", "no evidence linked");
    }

    @Test
    void neverAdoptedOrAdoptedAfterTheAsOfDateIsNotAdopted() {
        assertThat(standing(AS_OF).standing()).isEqualTo(Standing.NOT_ADOPTED);
        assertThat(standing(AS_OF).gaps()).containsExactly("not adopted");
        assertThat(standing(AS_OF).adoption()).isNull();
        assertThat(standing(AS_OF, record(LocalDate.of(2026, 12, 1), null, REPORT)).gaps())
                .containsExactly("adopted 2026-12-01, after 2026-11-15");
    }

    @Test
    void aCorrectionReplacesTheEarlierRecordForEveryDate() {
        var first = record(LocalDate.of(2024, 1, 1), null, REPORT);
        var corrected = record(LocalDate.of(2026, 2, 1), null, REPORT);
        assertThat(LookBack.periods(List.of(first, corrected))).containsExactly(corrected);
        assertThat(standing(AS_OF, first, corrected).standing()).isEqualTo(Standing.PARTIAL);
    }

    @Test
    void aRetirementRecordedByMistakeIsUndoneByTheNextRecord() {
        var adopted = record(LocalDate.of(2024, 1, 1), null, REPORT);
        var retired = record(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 8, 1), REPORT);
        var undone = record(LocalDate.of(2024, 1, 1), null, REPORT);
        assertThat(standing(AS_OF, adopted, retired).standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing(AS_OF, adopted, retired, undone).standing()).isEqualTo(Standing.IN_PLACE);
    }

    @Test
    void adoptingAgainAfterARetirementStartsANewPeriodAndPastDatesKeepTheOldOne() {
        var old = record(LocalDate.of(2020, 5, 1), LocalDate.of(2026, 4, 30), REPORT);
        var again = record(LocalDate.of(2026, 6, 1), null, REPORT);
        assertThat(LookBack.periods(List.of(old, again))).containsExactly(old, again);
        assertThat(standing(AS_OF, old, again).gaps()).containsExactly("adopted 2026-06-01: in place 5 of the 12 months");
        assertThat(standing(LocalDate.of(2026, 4, 30), old, again).standing()).isEqualTo(Standing.IN_PLACE);
    }

    private static PracticeStanding standing(LocalDate asOf, Adoption... history) {
        return LookBack.standing(MFA, List.of(history), Set.of(REPORT), asOf);
    }

    static Adoption record(LocalDate adopted, @Nullable LocalDate retired, UUID... evidence) {
        return new Adoption(UUID.randomUUID(), MFA.framework(), MFA.id(), adopted, retired, "Duo on the VPN and M365",
                new ArrayList<>(List.of(evidence)), "dana@clinic.test", Instant.parse("2026-01-01T00:00:00Z"));
    }
}

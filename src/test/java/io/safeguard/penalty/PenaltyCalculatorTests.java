package io.safeguard.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.Safeguard;
import io.safeguard.penalty.PenaltyCalculator.Caps;
import io.safeguard.penalty.PenaltyCalculator.Request;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The civil money penalty calculation (45 CFR 160.404, 102.3, the 2019 enforcement-discretion caps). */
class PenaltyCalculatorTests {
    static final LocalDate DETERMINED_2022 = LocalDate.of(2022, 10, 31);

    @Test
    void gumsDentalCareFourCalendarYearsAtThe2022CapIs7676692() {
        // ALJ CR6367: willful neglect not corrected, 2019-08-26 to 2022-03-29, four calendar years at the 2022 cap.
        var result = PenaltyCalculator.calculate(new Request("164.524", Culpability.WILLFUL_NEGLECT_NOT_CORRECTED,
                LocalDate.of(2019, 8, 26), LocalDate.of(2022, 3, 29), 63_973L, null, DETERMINED_2022, Caps.DISCRETION));
        assertThat(result.calculatedTotal()).isEqualTo(7_676_692L);
        assertThat(result.years()).extracting(PenaltyCalculator.YearLine::year).containsExactly(2019, 2020, 2021, 2022);
        assertThat(result.years()).extracting(PenaltyCalculator.YearLine::violations).containsExactly(128L, 366L, 365L, 88L);
        assertThat(result.years()).allSatisfy(y -> assertThat(y.amount()).isEqualTo(1_919_173L));
        assertThat(result.tableUsed()).contains("2022-03-17", "87 FR 15100");
    }

    @Test
    void eachTierHasItsDiscretionCapAndTheRegulationCapIsOneForAll() {
        long[] expected = {31_987, 127_945, 319_863, 1_919_173};
        for (int tier = 1; tier <= 4; tier++) {
            var c = Culpability.ofTier(tier);
            var table = PenaltyTables.inForce(DETERMINED_2022).tier(tier);
            var discretion = PenaltyCalculator.calculate(new Request("164.312(a)(2)(iv)", c, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2021, 12, 31), table.max(), null, DETERMINED_2022, Caps.DISCRETION));
            assertThat(discretion.calculatedTotal()).as("tier " + tier).isEqualTo(expected[tier - 1]);
            var regulation = PenaltyCalculator.calculate(new Request("164.312(a)(2)(iv)", c, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2021, 12, 31), table.max(), null, DETERMINED_2022, Caps.REGULATION));
            assertThat(regulation.calculatedTotal()).as("tier " + tier).isEqualTo(1_919_173L);
        }
    }

    @Test
    void aFewDaysStayUnderTheCapAndTheCapAppliesPerCalendarYear() {
        var result = PenaltyCalculator.calculate(new Request("164.308(a)(1)(ii)(A)", Culpability.REASONABLE_CAUSE,
                LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2), 1_280L, null, DETERMINED_2022, Caps.DISCRETION));
        assertThat(result.years()).extracting(PenaltyCalculator.YearLine::amount).containsExactly(2_560L, 2_560L);
        assertThat(result.calculatedTotal()).isEqualTo(5_120L);
        var long2021 = PenaltyCalculator.calculate(new Request("164.308(a)(1)(ii)(A)", Culpability.REASONABLE_CAUSE,
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 1_280L, null, DETERMINED_2022, Caps.DISCRETION));
        assertThat(long2021.years().getFirst().uncapped()).isEqualTo(365L * 1_280);
        assertThat(long2021.calculatedTotal()).isEqualTo(127_945L); // the tier 2 discretion cap
    }

    @Test
    void violationsPerAffectedIndividualArePricedAtTheTierMaximumAndCapped() {
        var result = PenaltyCalculator.calculate(new Request("164.404", Culpability.DID_NOT_KNOW, LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 1), null, 3L, LocalDate.of(2024, 9, 1), Caps.REGULATION));
        assertThat(result.years()).singleElement().satisfies(y -> {
            assertThat(y.perViolation()).isEqualTo(71_162L);
            assertThat(y.amount()).isEqualTo(3 * 71_162L);
        });
        var many = PenaltyCalculator.calculate(new Request("164.404", Culpability.DID_NOT_KNOW, LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 1), null, 10_000L, LocalDate.of(2024, 9, 1), Caps.DISCRETION));
        assertThat(many.calculatedTotal()).isEqualTo(35_581L);
    }

    @Test
    void theTableInForceAtTheDeterminationDateAppliesToAllYearsAndOlderViolationsKeepTheirs() {
        var before = PenaltyCalculator.calculate(new Request("164.308(a)(1)(ii)(A)", Culpability.WILLFUL_NEGLECT_NOT_CORRECTED,
                LocalDate.of(2015, 10, 30), LocalDate.of(2015, 11, 3), 55_010L, null, LocalDate.of(2016, 9, 6), Caps.REGULATION));
        assertThat(before.years()).extracting(PenaltyCalculator.YearLine::period).containsExactly("HITECH statutory", "adjusted");
        assertThat(before.years()).extracting(PenaltyCalculator.YearLine::violations).containsExactly(3L, 2L);
        assertThat(before.years()).extracting(PenaltyCalculator.YearLine::cap).containsExactly(1_500_000L, 1_650_300L);
        var day = PenaltyCalculator.calculate(new Request("x", Culpability.DID_NOT_KNOW, LocalDate.of(2016, 1, 4),
                LocalDate.of(2016, 1, 4), 110L, null, LocalDate.of(2016, 9, 5), Caps.REGULATION));
        assertThat(day.tableUsed()).startsWith("statutory amounts"); // no adjustment in force the day before the first
        var preHitech = PenaltyCalculator.calculate(new Request("x", Culpability.WILLFUL_NEGLECT_NOT_CORRECTED, LocalDate.of(2009, 2, 16),
                LocalDate.of(2009, 2, 18), 55_010L, null, LocalDate.of(2016, 9, 6), Caps.REGULATION));
        assertThat(preHitech.years()).extracting(PenaltyCalculator.YearLine::period).containsExactly("pre-HITECH", "HITECH statutory");
        assertThat(preHitech.years().getFirst().amount()).isEqualTo(200L);
    }

    @Test
    void aDeterminationBeforeTheDiscretionNoticeUsesTheRegulationCap() {
        var result = PenaltyCalculator.calculate(new Request("x", Culpability.DID_NOT_KNOW, LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31), 114L, null, LocalDate.of(2019, 4, 29), Caps.DISCRETION));
        assertThat(result.years().getFirst().cap()).isEqualTo(1_711_533L);
        var after = PenaltyCalculator.calculate(new Request("x", Culpability.DID_NOT_KNOW, LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31), 114L, null, LocalDate.of(2019, 4, 30), Caps.DISCRETION));
        assertThat(after.years().getFirst().cap()).isEqualTo(28_526L);
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> PenaltyCalculator.calculate(new Request("x", Culpability.REASONABLE_CAUSE, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 2, 1), 50L, null, DETERMINED_2022, Caps.DISCRETION))).hasMessageContaining("between 1280");
        assertThatThrownBy(() -> PenaltyCalculator.calculate(new Request("x", Culpability.REASONABLE_CAUSE, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 2, 1), null, null, DETERMINED_2022, Caps.DISCRETION))).hasMessageContaining("either");
        assertThatThrownBy(() -> Culpability.ofTier(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandPrintsTheCalculatedTotalAndTheYearsAsJson() {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Safeguard.run("penalty", "calculate", "--provision", "164.524", "--tier", "4", "--from", "2019-08-26", "--to",
                    "2022-03-29", "--per-day", "63973", "--determined", "2022-10-31", "--format", "json");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"calculatedTotal\" : 7676692", "\"year\" : 2019", "\"table\" : \"45 CFR 102.3");
    }
}

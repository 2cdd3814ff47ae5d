package io.safeguard.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.Safeguard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines at every boundary of the Breach Notification Rule (regulation.md section 2.3). */
class BreachDeadlinesTests {
    static final LocalDate DISCOVERED = LocalDate.of(2026, 3, 2);

    @Test
    void individualsAreDueSixtyCalendarDaysAfterDiscovery() {
        assertThat(due(BreachDeadlines.of(DISCOVERED, 10, Map.of(), false, null), "164.404(b)")).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void fourHundredNinetyNineGoToTheAnnualLogAndFiveHundredToHhsNow() {
        var small = BreachDeadlines.of(DISCOVERED, 499, Map.of("OR", 499), false, null);
        assertThat(citations(small)).containsExactly("45 CFR 164.404(b)", "45 CFR 164.408(c)");
        assertThat(due(small, "164.408(c)")).isEqualTo(LocalDate.of(2027, 3, 1)); // 2026-12-31 + 60 days
        var large = BreachDeadlines.of(DISCOVERED, 500, Map.of("OR", 250, "WA", 250), false, null);
        assertThat(citations(large)).containsExactly("45 CFR 164.404(b)", "45 CFR 164.408(b)"); // 500 over two states: no media
        assertThat(due(large, "164.408(b)")).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void mediaNoticeNeedsMoreThanFiveHundredResidentsOfOneState() {
        assertThat(citations(BreachDeadlines.of(DISCOVERED, 600, Map.of("OR", 500, "WA", 100), false, null)))
                .doesNotContain("45 CFR 164.406");
        var media = BreachDeadlines.of(DISCOVERED, 601, Map.of("OR", 501, "WA", 100), false, null);
        assertThat(media).filteredOn(o -> o.citation().equals("45 CFR 164.406")).singleElement()
                .satisfies(o -> assertThat(o.notice()).endsWith("serving OR"))
                .satisfies(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aBreachDiscoveredLateInDecemberIsLoggedByTheEndOfFebruaryOrLeapDay() {
        var december = BreachDeadlines.of(LocalDate.of(2026, 12, 30), 3, Map.of(), false, null);
        assertThat(due(december, "164.404(b)")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(due(december, "164.408(c)")).isEqualTo(LocalDate.of(2027, 3, 1));
        var leap = BreachDeadlines.of(LocalDate.of(2027, 12, 31), 3, Map.of(), false, null);
        assertThat(due(leap, "164.404(b)")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(due(leap, "164.408(c)")).isEqualTo(LocalDate.of(2028, 2, 29)); // 2028 is a leap year
        var january = BreachDeadlines.of(LocalDate.of(2028, 1, 1), 3, Map.of(), false, null);
        assertThat(due(january, "164.408(c)")).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @Test
    void aBusinessAssociateOwesTheCoveredEntityNoticeWithinSixtyDays() {
        var ba = BreachDeadlines.of(DISCOVERED, 9000, Map.of("OR", 9000), true, null);
        assertThat(ba).singleElement().satisfies(o -> {
            assertThat(o.citation()).isEqualTo("45 CFR 164.410");
            assertThat(o.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        });
    }

    @Test
    void anOralLawEnforcementStatementDelaysAtMostThirtyDaysAndAWrittenOneForItsPeriod() {
        var oral = new LawEnforcementDelay(DISCOVERED.plusDays(10), false, null);
        assertThat(oral.ends()).isEqualTo(DISCOVERED.plusDays(40));
        assertThat(due(BreachDeadlines.of(DISCOVERED, 10, Map.of(), false, oral), "164.404(b)")).isEqualTo(LocalDate.of(2026, 5, 31));
        var oralLonger = new LawEnforcementDelay(DISCOVERED.plusDays(10), false, DISCOVERED.plusDays(90));
        assertThat(oralLonger.ends()).isEqualTo(DISCOVERED.plusDays(40)); // an oral statement cannot ask for more
        var written = new LawEnforcementDelay(DISCOVERED.plusDays(10), true, DISCOVERED.plusDays(100));
        var delayed = BreachDeadlines.of(DISCOVERED, 800, Map.of("OR", 800), false, written);
        assertThat(delayed).allSatisfy(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2026, 7, 30)));
        assertThat(delayed.getFirst().notes()).anyMatch(n -> n.contains("164.412"));
        assertThatThrownBy(() -> new LawEnforcementDelay(DISCOVERED, true, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> BreachDeadlines.of(DISCOVERED, 10, Map.of("OR", 11), false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandPrintsTheContractAsJson() {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Safeguard.run("breach", "deadlines", "--discovered", "2026-12-30", "--affected", "700", "--state", "or=650",
                    "--state", "WA=50", "--format", "json");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"discovered\" : \"2026-12-30\"", "\"citation\" : \"45 CFR 164.406\"",
                "\"citation\" : \"45 CFR 164.408(b)\"", "\"dueOn\" : \"2027-02-28\"", "serving OR");
    }

    static LocalDate due(List<Obligation> obligations, String citation) {
        return obligations.stream().filter(o -> o.citation().endsWith(citation)).findFirst().orElseThrow().dueOn();
    }

    static List<String> citations(List<Obligation> obligations) {
        return obligations.stream().map(Obligation::citation).toList();
    }
}

package io.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The nine elements of HHS's 2010 guidance: each one fails for its own reason and names what is missing. */
class CompletenessTests {
    static final LocalDate DAY = LocalDate.of(2026, 3, 18);

    @Test
    void aControlChecklistWithoutScopeRatingsOrSignOffFailsEveryElementItLacks() {
        var laptop = new ScopeItem("ASSET:1", TargetKind.ASSET, "laptop-12", "Laptop", null, List.of());
        var unrated = new Risk(UUID.randomUUID(), 1, new RiskDetails(RiskTarget.ORGANIZATION, null, "Phishing", null,
                "Untrained staff", null, null, 3), RiskStatus.OPEN, RiskOrigin.MANUAL, DAY, null, null, null, List.of());
        var draft = new Risk(UUID.randomUUID(), 2, unrated.details(), RiskStatus.DRAFT, RiskOrigin.QUESTIONNAIRE, DAY, null, null,
                null, List.of());
        var elements = Completeness.check(new Completeness.Input(null, null, null, false, List.of(laptop), List.of("laptop-12"), 0,
                List.of(unrated, draft), null));
        assertThat(elements).extracting(CompletenessElement::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(elements).allMatch(e -> !e.met() || e.number() == 6);
        assertThat(elements.get(0).missing()).anyMatch(m -> m.contains("scope statement"));
        assertThat(elements.get(1).missing()).containsExactly("laptop-12: where it is kept is not recorded.",
                "No data flow documents how ePHI moves between systems and outside parties.");
        assertThat(elements.get(2).missing()).anyMatch(m -> m.startsWith("laptop-12 (asset)")).anyMatch(m -> m.contains("1 draft risk"));
        assertThat(elements.get(3).missing()).containsExactly("R-001 (Whole organization): current security measures not documented.");
        assertThat(elements.get(4).missing()).hasSize(1);
        assertThat(elements.get(5).met()).isTrue(); // impact was rated
        assertThat(elements.get(6).missing()).hasSize(1);
        assertThat(elements.get(7).missing()).hasSize(3);
        assertThat(elements.get(8).missing()).containsExactly("No analysis has been completed yet, so none can be kept up to date.");
    }

    @Test
    void aCompleteCurrentAnalysisMeetsAllNineAndAnExcludedItemNeedsNoRisk() {
        var covered = new ScopeItem("ASSET:1", TargetKind.ASSET, "EHR", null, null, List.of("R-001"));
        var excluded = new ScopeItem("VENDOR:2", TargetKind.VENDOR, "Shredder", null, "Paper only", List.of());
        var rated = new Risk(UUID.randomUUID(), 1, new RiskDetails(RiskTarget.ORGANIZATION, null, "Outage", null, "One vendor",
                "Downtime forms", 3, 4), RiskStatus.OPEN, RiskOrigin.MANUAL, DAY, null, null, null, List.of());
        var currency = AnalysisCurrency.of(1, DAY, 12, DAY.plusMonths(6), List.of());
        var elements = Completeness.check(new Completeness.Input("All ePHI", "NIST SP 800-30", "Dana", true,
                List.of(covered, excluded), List.of(), 2, List.of(rated), currency));
        assertThat(elements).allMatch(CompletenessElement::met);
    }

    @Test
    void aStaleAnalysisFailsPeriodicReviewNamingWhatItMisses() {
        var stale = AnalysisCurrency.of(2, DAY, 12, DAY.plusMonths(6), List.of("pacs-01 (asset added 2026-09-14)"));
        var elements = Completeness.check(new Completeness.Input("All", "M", "P", true, List.of(), List.of(), 1, List.of(), stale));
        assertThat(elements.get(8).missing()).containsExactly("pacs-01 (asset added 2026-09-14) is outside the analysis.");
    }
}

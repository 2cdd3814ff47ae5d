package io.safeguard.accesslog.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.detection.synthetic.SyntheticLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Precision and recall against labelled cases, and the rules on generated logs with planted cases. */
class EvaluationTests {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void countsTruePositivesFalsePositivesAndFalseNegativesPerRule() {
        var found = new ExpectedAlert(Rule.VIP, "a", "1", DAY);
        var missed = new ExpectedAlert(Rule.VIP, "a", "2", DAY);
        var volume = new ExpectedAlert(Rule.VOLUME, "b", null, DAY);
        var alerts = List.of(alert(Rule.VIP, "a", "1"), alert(Rule.VIP, "a", "3"), alert(Rule.VOLUME, "b", null),
                alert(Rule.COWORKER, "c", "4"));

        var evaluation = Evaluation.of(Set.of(found, missed, volume), alerts);

        assertThat(evaluation.score(Rule.VIP)).isEqualTo(new Evaluation.Score(Rule.VIP, 1, 1, 1));
        assertThat(evaluation.score(Rule.VIP).precision()).isEqualTo(0.5);
        assertThat(evaluation.score(Rule.VIP).recall()).isEqualTo(0.5);
        assertThat(evaluation.score(Rule.VOLUME).recall()).isEqualTo(1.0);
        assertThat(evaluation.score(Rule.COWORKER).precision()).isZero();
        assertThat(evaluation.score(Rule.FAMILY).precision()).isEqualTo(1.0);
        assertThat(evaluation.score(Rule.FAMILY).recall()).isEqualTo(1.0);
        assertThat(evaluation.table()).containsPattern("VIP +1 +1 +1 +0\\.500 +0\\.500");
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 2026})
    void onAGeneratedLogEveryRuleFindsNineInTenPlantedCasesAndEightInTenAlertsArePlanted(long seed) {
        var log = SyntheticLog.generate(SyntheticLog.Spec.of(300_000, 60, 20_000).withSeed(seed));
        var reference = ReferenceData.of(log.staff(), log.patients(), log.careLinks());

        var run = new Detector(reference, DetectionSettings.defaults(log.spec().zone())).run(log.events());
        var evaluation = Evaluation.of(log.groundTruth(), run.alerts());

        for (Rule rule : Rule.values()) {
            var score = evaluation.score(rule);
            assertThat(score.truePositives() + score.falseNegatives()).as("%s cases", rule).isGreaterThanOrEqualTo(10);
            assertThat(score.recall()).as("%s recall%n%s", rule, evaluation.table()).isGreaterThanOrEqualTo(0.9);
            assertThat(score.precision()).as("%s precision%n%s", rule, evaluation.table()).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(run.alerts()).extracting(Alert::key).doesNotContainAnyElementsOf(log.decoys());
        // The filter removed hits for every rule it applies to (the decoys guarantee some), never for the others.
        for (Rule rule : Rule.values()) {
            var count = run.counts().get(rule);
            if (rule.filtered()) {
                assertThat(count.explainedAway()).as("%s explained away", rule).isPositive();
            } else {
                assertThat(count.explainedAway()).as("%s explained away", rule).isZero();
                assertThat(count.alerts()).isEqualTo(count.hitsBeforeFilter());
                assertThat(count.alertsWithLink()).as("%s alerts with a care link", rule).isPositive();
            }
        }
    }

    static Alert alert(Rule rule, String user, String patient) {
        return new Alert(rule, user, patient, DAY, Instant.EPOCH, Instant.EPOCH, 1, List.of(), "why", "explanation");
    }
}

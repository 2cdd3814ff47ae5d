package io.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Levels from the matrix, the treatment threshold and its boundary, residual risk and overdue plan items. */
class RiskScoringTests {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "likelihood {0} x impact {1} = {2}")
    @CsvSource({"1,1,VERY_LOW", "1,4,LOW", "1,5,LOW", "2,2,LOW", "2,5,MODERATE", "3,3,MODERATE", "3,4,MODERATE",
            "3,5,HIGH", "4,3,MODERATE", "4,4,HIGH", "4,5,VERY_HIGH", "5,1,VERY_LOW", "5,4,HIGH", "5,5,VERY_HIGH"})
    void theStartingMatrixFollowsNistSp800_30TableI2(int likelihood, int impact, RiskLevel expected) {
        assertThat(RiskMatrix.NIST_800_30.level(likelihood, impact)).isEqualTo(expected);
    }

    @Test
    void aTenantCanChangeACellAndRatingsOutsideOneToFiveAreRefused() {
        RiskMatrix strict = RiskMatrix.NIST_800_30.with(2, 4, RiskLevel.HIGH);
        assertThat(strict.level(2, 4)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskMatrix.NIST_800_30.level(2, 4)).isEqualTo(RiskLevel.LOW);
        assertThatThrownBy(() -> strict.level(0, 3)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new RiskMatrix("0123")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new RiskDetails(RiskTarget.ORGANIZATION, null, "Fire", null, "No plan", null, 6, 1))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aRiskAtTheThresholdNeedsTreatmentAndOneLevelBelowDoesNot() {
        var settings = new RiskSettings(RiskMatrix.NIST_800_30, RiskLevel.MODERATE, 12);
        assertThat(risk(3, 3, null).needsTreatment(settings)).isTrue(); // Moderate = threshold
        assertThat(risk(3, 2, null).needsTreatment(settings)).isFalse(); // Low
        assertThat(risk(3, 3, null).untreated(settings)).isTrue();
        var raised = new RiskSettings(RiskMatrix.NIST_800_30, RiskLevel.HIGH, 12);
        assertThat(risk(3, 3, null).needsTreatment(raised)).isFalse();
        assertThat(risk(null, null, null).needsTreatment(settings)).isFalse(); // unrated: caught by completeness instead
    }

    @Test
    void residualRiskComesFromTheTreatmentAndFallsBackToTheCurrentLevel() {
        var settings = RiskSettings.DEFAULT;
        var treated = risk(4, 4, new Treatment(Strategy.MITIGATE, 1, 4, null, null, null, TODAY));
        assertThat(treated.level(settings)).isEqualTo(RiskLevel.HIGH);
        assertThat(treated.residualLevel(settings)).isEqualTo(RiskLevel.LOW);
        assertThat(risk(4, 4, null).residualLevel(settings)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void acceptingNeedsApproverRationaleAndReviewDate() {
        assertThatThrownBy(() -> new Treatment(Strategy.ACCEPT, null, null, "Cheap to live with", null, null, TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("approver");
        assertThatThrownBy(() -> new Treatment(Strategy.TRANSFER, null, null, null, null, null, TODAY))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new Treatment(Strategy.MITIGATE, 2, null, null, null, null, TODAY))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aMeasureIsOverdueFromTheDayAfterItsDueDate() {
        var measure = new Measure(UUID.randomUUID(), "Encrypt", null, TODAY, MeasureStatus.IN_PROGRESS, null, null, null, List.of());
        assertThat(measure.overdueOn(TODAY)).isFalse();
        assertThat(measure.overdueOn(TODAY.plusDays(1))).isTrue();
        var done = new Measure(UUID.randomUUID(), "Encrypt", null, TODAY, MeasureStatus.DONE, TODAY, null, null, List.of());
        assertThat(done.overdueOn(TODAY.plusDays(30))).isFalse();
        var acceptance = new Treatment(Strategy.ACCEPT, null, null, "Isolated", "Dr. Park", TODAY, TODAY.minusYears(1));
        Risk accepted = new Risk(UUID.randomUUID(), 2, risk(3, 3, null).details(), RiskStatus.OPEN, RiskOrigin.MANUAL, TODAY,
                null, null, acceptance, List.of());
        assertThat(accepted.overdueOn(TODAY)).isFalse();
        assertThat(accepted.overdueOn(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void theHeatMapCountsOpenRisksByCellAndKeepsUnratedApart() {
        var settings = RiskSettings.DEFAULT;
        var risks = List.of(risk(4, 4, new Treatment(Strategy.MITIGATE, 1, 4, null, null, null, TODAY)), risk(4, 4, null),
                risk(null, null, null));
        HeatMap current = HeatMap.current(settings, risks);
        assertThat(current.count(4, 4)).isEqualTo(2);
        assertThat(current.unrated()).isEqualTo(1);
        HeatMap residual = HeatMap.residual(settings, risks);
        assertThat(residual.count(4, 4)).isEqualTo(1);
        assertThat(residual.count(1, 4)).isEqualTo(1);
        assertThat(current.rows().getFirst().likelihood()).isEqualTo(5);
    }

    static Risk risk(Integer likelihood, Integer impact, Treatment treatment) {
        return new Risk(UUID.randomUUID(), 1, new RiskDetails(RiskTarget.ORGANIZATION, "theft-loss", "Theft", null,
                "Unencrypted laptop", "Screen lock", likelihood, impact), RiskStatus.OPEN, RiskOrigin.MANUAL, TODAY, null, null,
                treatment, List.of());
    }
}

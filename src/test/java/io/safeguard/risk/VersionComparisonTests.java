package io.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two frozen versions compared: risks added, closed (or gone) and re-rated. */
class VersionComparisonTests {
    @Test
    void reportsAddedClosedAndReratedRisks() {
        Risk kept = RiskScoringTests.risk(3, 4, null);
        Risk rerated = RiskScoringTests.risk(4, 4, null);
        Risk closedLater = RiskScoringTests.risk(2, 2, null);
        Risk gone = RiskScoringTests.risk(2, 3, null);
        Risk added = RiskScoringTests.risk(5, 5, null);
        var v1 = doc(1, List.of(kept, rerated, closedLater, gone));
        var v2 = doc(2, List.of(kept, with(rerated, 2, 4), closed(closedLater), added));
        var c = VersionComparison.of(v1, v2);
        assertThat(c.added()).extracting(Risk::id).containsExactly(added.id());
        assertThat(c.closed()).extracting(Risk::id).containsExactlyInAnyOrder(closedLater.id(), gone.id());
        assertThat(c.rerated()).singleElement().satisfies(r -> {
            assertThat(r.levelBefore()).isEqualTo(RiskLevel.HIGH);
            assertThat(r.levelAfter()).isEqualTo(RiskLevel.LOW);
        });
    }

    static Risk with(Risk r, int likelihood, int impact) {
        var d = r.details();
        return new Risk(r.id(), r.reference(), new RiskDetails(d.target(), d.threatId(), d.threat(), d.vulnerabilityId(),
                d.vulnerability(), d.currentMeasures(), likelihood, impact), r.status(), r.origin(), r.identifiedOn(), null, null,
                r.treatment(), r.measures());
    }

    static Risk closed(Risk r) {
        return new Risk(r.id(), r.reference(), r.details(), RiskStatus.CLOSED, r.origin(), r.identifiedOn(),
                LocalDate.of(2026, 5, 1), "Asset retired", null, List.of());
    }

    static AnalysisDocument doc(int version, List<Risk> risks) {
        return new AnalysisDocument(UUID.randomUUID(), "RA", version, "Clinic", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025 + version, 3, 1), Instant.parse((2025 + version) + "-03-01T17:00:00Z"), "dana@clinic.test", "All",
                "NIST", "Dana", RiskSettings.DEFAULT, "test", List.of(), risks, List.of());
    }
}

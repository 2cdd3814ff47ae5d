package io.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row answered by attestation has a documented reason, and the reasons name no row that has a rule. */
class AttestationReasonsTests {
    @Test
    void everyAttestedRowHasItsReasonAndNoComputedRowHasOne() {
        var rows = TestFacts.catalog().values();
        Set<String> parents = new HashSet<>();
        rows.forEach(r -> {
            if (r.parent() != null) {
                parents.add(r.parent());
            }
        });
        var attested = rows.stream().filter(r -> !Assessor.computed(r.id()) && !parents.contains(r.id()))
                .map(io.safeguard.catalog.Requirement::id).toList();
        assertThat(AttestationReasons.all().keySet()).containsExactlyInAnyOrderElementsOf(attested);
        assertThat(AttestationReasons.all().values()).allSatisfy(r -> {
            assertThat(r.why()).endsWith(".");
            assertThat(r.evidence()).endsWith(".");
        });
    }
}

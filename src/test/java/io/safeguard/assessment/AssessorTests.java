package io.safeguard.assessment;

import static io.safeguard.assessment.TestFacts.evidence;
import static io.safeguard.assessment.TestFacts.requirement;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.catalog.Designation;
import io.safeguard.catalog.Requirement;
import io.safeguard.catalog.RequirementType;
import io.safeguard.organization.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A standard met through its specifications takes their combined status; the readiness score weights every scored
 * row by its enforcement weight (Met 1, Partially met 0.5, Not met and Unknown 0, Not applicable left out); findings
 * come worst first, heaviest first.
 */
class AssessorTests {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final Requirement STANDARD = requirement("S", RequirementType.STANDARD, null, null, 9);

    static Requirement spec(String id, int weight) {
        return requirement(id, RequirementType.IMPLEMENTATION_SPECIFICATION, "S", Designation.REQUIRED, weight);
    }

    static Finding finding(String id, FindingStatus status) {
        return Findings.of(spec(id, 5), status, List.of(), List.of(), "", Finding.Basis.COMPUTED);
    }

    static Finding aggregate(FindingStatus... statuses) {
        List<Finding> specs = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            specs.add(finding("S-" + (char) ('a' + i), statuses[i]));
        }
        return Assessor.aggregate(STANDARD, specs);
    }

    @Nested
    class AStandardFromItsSpecifications {
        @Test
        void allMetIsMet() {
            var standard = aggregate(FindingStatus.MET, FindingStatus.MET);
            assertThat(standard.status()).isEqualTo(FindingStatus.MET);
            assertThat(standard.gaps()).isEmpty();
            assertThat(standard.evidence()).containsExactly("Met through its 2 implementation specifications.");
            assertThat(standard.nextAction()).isEqualTo("Keep the specifications current.");
            assertThat(standard.basis()).isEqualTo(Finding.Basis.AGGREGATE);
            assertThat(standard.weight()).isEqualTo(9);
        }

        @Test
        void allNotMetIsNotMetAndNamesEachSpecification() {
            var standard = aggregate(FindingStatus.NOT_MET, FindingStatus.NOT_MET);
            assertThat(standard.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(standard.gaps()).containsExactly("S-a Row S-a: not met.", "S-b Row S-b: not met.");
            assertThat(standard.nextAction()).isEqualTo("See the specifications listed.");
        }

        @Test
        void metAndNotMetArePartiallyMet() {
            var standard = aggregate(FindingStatus.MET, FindingStatus.NOT_MET);
            assertThat(standard.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(standard.gaps()).containsExactly("S-b Row S-b: not met.");
        }

        @Test
        void aPartiallyMetSpecificationMakesTheStandardPartiallyMet() {
            var standard = aggregate(FindingStatus.MET, FindingStatus.PARTIALLY_MET);
            assertThat(standard.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(standard.gaps()).containsExactly("S-b Row S-b: partially met.");
        }

        @Test
        void allNotApplicableIsNotApplicableAndNotApplicableSpecificationsAreLeftOut() {
            assertThat(aggregate(FindingStatus.NOT_APPLICABLE, FindingStatus.NOT_APPLICABLE).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
            var standard = aggregate(FindingStatus.MET, FindingStatus.NOT_APPLICABLE);
            assertThat(standard.status()).isEqualTo(FindingStatus.MET);
            assertThat(standard.gaps()).isEmpty();
        }

        @Test
        void unknownIsNeverCountedAsMet() {
            var standard = aggregate(FindingStatus.MET, FindingStatus.UNKNOWN);
            assertThat(standard.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(standard.gaps()).containsExactly("S-b Row S-b: unknown.");
            assertThat(aggregate(FindingStatus.UNKNOWN, FindingStatus.UNKNOWN).status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(aggregate(FindingStatus.UNKNOWN, FindingStatus.NOT_APPLICABLE).status()).isEqualTo(FindingStatus.UNKNOWN);
        }
    }

    /**
     * Rows without a rule are answered by attestation, which gives every status but Not applicable from the facts:
     * evidence of this year is Met, evidence two years old Partially met, nothing Unknown, and an addressable row without
     * decision Not met. Not applicable comes from the privacy-official rule for a business associate.
     */
    @Nested
    class TheAssessment {
        static Requirement met(String id, int weight) {
            return requirement(id, RequirementType.REQUIREMENT, null, Designation.REQUIRED, weight);
        }

        static Requirement partly(String id, int weight) {
            return requirement(id, RequirementType.REQUIREMENT, null, Designation.REQUIRED, weight);
        }

        static Requirement unknown(String id, int weight) {
            return requirement(id, RequirementType.REQUIREMENT, null, Designation.REQUIRED, weight);
        }

        static Requirement notMet(String id, int weight) {
            return requirement(id, RequirementType.REQUIREMENT, null, Designation.ADDRESSABLE, weight);
        }

        static Requirement notApplicable(int weight) {
            return requirement("164.530(a)(1)", RequirementType.REQUIREMENT, null, Designation.REQUIRED, weight);
        }

        /** Evidence of this year for ids starting with M, of two years ago for ids starting with P; a business associate. */
        static ProgramFacts factsFor(List<Requirement> rows) {
            var files = rows.stream().filter(r -> r.id().startsWith("M") || r.id().startsWith("P"))
                    .map(r -> evidence(r.id() + ".pdf", r.id().startsWith("M") ? AS_OF : AS_OF.minusYears(2), r.id()))
                    .toArray(io.safeguard.documents.EvidenceFile[]::new);
            return TestFacts.facts(AS_OF).withOfficials("Dana Whitfield", null, EntityType.BUSINESS_ASSOCIATE).withEvidence(files).build();
        }

        static Assessor.Result assess(Requirement... rows) {
            return Assessor.assess(List.of(rows), factsFor(List.of(rows)));
        }

        static FindingStatus status(Assessor.Result result, String id) {
            return result.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().orElseThrow().status();
        }

        @Test
        void theFixturesGiveTheStatusesTheyAreNamedFor() {
            var result = assess(met("M1", 1), partly("P1", 1), unknown("U1", 1), notMet("N1", 1), notApplicable(1));
            assertThat(status(result, "M1")).isEqualTo(FindingStatus.MET);
            assertThat(status(result, "P1")).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(status(result, "U1")).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(status(result, "N1")).isEqualTo(FindingStatus.NOT_MET);
            assertThat(status(result, "164.530(a)(1)")).isEqualTo(FindingStatus.NOT_APPLICABLE);
        }

        @Test
        void partiallyMetEarnsHalfCreditUnknownAndNotMetNothingAndNotApplicableIsLeftOut() {
            // (10 + 6 / 2) of (10 + 6 + 4 + 2) = 13 / 22
            var result = assess(met("M1", 10), partly("P1", 6), unknown("U1", 4), notMet("N1", 2), notApplicable(6));
            assertThat(result.score()).isEqualTo(59.1);
        }

        @Test
        void unknownEarnsNothing() {
            assertThat(assess(unknown("U1", 5)).score()).isEqualTo(0.0);
            assertThat(assess(met("M1", 5), unknown("U1", 5)).score()).isEqualTo(50.0);
            assertThat(assess(met("M1", 5), partly("P1", 5)).score()).isEqualTo(75.0);
        }

        @Test
        void notApplicableRowsDoNotLowerTheScore() {
            assertThat(assess(met("M1", 4), notApplicable(10)).score()).isEqualTo(100.0);
        }

        @Test
        void aStandardWithSpecificationsIsScoredOnlyThroughThem() {
            var standard = requirement("S", RequirementType.STANDARD, null, null, 9);
            var metSpec = requirement("M-a", RequirementType.IMPLEMENTATION_SPECIFICATION, "S", Designation.REQUIRED, 10);
            var notMetSpec = requirement("N-b", RequirementType.IMPLEMENTATION_SPECIFICATION, "S", Designation.ADDRESSABLE, 2);
            var standalone = requirement("M-t", RequirementType.STANDARD, null, Designation.REQUIRED, 4);
            var result = assess(standard, metSpec, notMetSpec, standalone);
            assertThat(status(result, "S")).isEqualTo(FindingStatus.PARTIALLY_MET);
            // (10 + 4) of (10 + 2 + 4): the standard's own weight 9 is not added on top of its specifications.
            assertThat(result.score()).isEqualTo(87.5);
            assertThat(result.findings()).hasSize(4);
        }

        @Test
        void aStandardIsAggregatedFromTheFindingsOfItsSpecifications() {
            var standard = requirement("S", RequirementType.STANDARD, null, null, 9);
            var metSpec = requirement("M-a", RequirementType.IMPLEMENTATION_SPECIFICATION, "S", Designation.REQUIRED, 10);
            var unknownSpec = requirement("U-b", RequirementType.IMPLEMENTATION_SPECIFICATION, "S", Designation.REQUIRED, 3);
            var result = assess(standard, metSpec, unknownSpec);
            var aggregated = result.findings().stream().filter(f -> f.requirement().equals("S")).findFirst().orElseThrow();
            assertThat(aggregated.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(aggregated.basis()).isEqualTo(Finding.Basis.AGGREGATE);
            assertThat(aggregated.gaps()).containsExactly("U-b Row U-b: unknown.");
            assertThat(result.score()).isEqualTo(76.9);
        }

        @Test
        void aStandardWithARuleOfItsOwnIsEvaluatedByItsRule() {
            var standard = TestFacts.row("164.308(b)(1)");
            var spec = TestFacts.row("164.308(b)(3)");
            var result = Assessor.assess(List.of(standard, spec), TestFacts.facts(AS_OF).build());
            var finding = result.findings().stream().filter(f -> f.requirement().equals("164.308(b)(1)")).findFirst().orElseThrow();
            assertThat(finding.basis()).isEqualTo(Finding.Basis.COMPUTED);
            assertThat(finding.gaps()).containsExactly("No vendors recorded.");
        }

        @Test
        void notMetComesFirstThenPartiallyMetUnknownMetAndNotApplicableEachHeaviestFirst() {
            var result = assess(met("M-light", 3), notApplicable(9), unknown("U1", 4), notMet("N-light", 2), met("M-heavy", 10),
                    partly("P1", 5), notMet("N-heavy", 8));
            assertThat(result.findings()).extracting(Finding::requirement)
                    .containsExactly("N-heavy", "N-light", "P1", "U1", "M-heavy", "M-light", "164.530(a)(1)");
        }

        @Test
        void withNothingToScoreTheScoreIsZero() {
            assertThat(Assessor.assess(List.of(), TestFacts.facts(AS_OF).build()).score()).isEqualTo(0.0);
        }
    }
}

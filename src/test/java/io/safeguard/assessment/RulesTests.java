package io.safeguard.assessment;

import static io.safeguard.assessment.TestFacts.accessReview;
import static io.safeguard.assessment.TestFacts.asset;
import static io.safeguard.assessment.TestFacts.decision;
import static io.safeguard.assessment.TestFacts.evidence;
import static io.safeguard.assessment.TestFacts.flow;
import static io.safeguard.assessment.TestFacts.member;
import static io.safeguard.assessment.TestFacts.policy;
import static io.safeguard.assessment.TestFacts.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.catalog.Decision;
import io.safeguard.documents.DocumentKind;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Protection;
import io.safeguard.organization.EntityType;
import io.safeguard.risk.AnalysisCurrency;
import io.safeguard.risk.PlanStatus;
import io.safeguard.shared.TenantId;
import io.safeguard.vendor.Baa;
import io.safeguard.vendor.BaaStanding;
import io.safeguard.vendor.BaaStatus;
import io.safeguard.vendor.CloudService;
import io.safeguard.vendor.Eligibility;
import io.safeguard.vendor.PhiHandling;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.VendorCategory;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.workforce.AccessGrant;
import io.safeguard.workforce.Course;
import io.safeguard.workforce.RevocationLag;
import io.safeguard.workforce.Sanction;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.workforce.TrainingStatus;
import io.safeguard.workforce.WorkforceMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of the assessment on an injected as-of date: what makes it Met, the exact gap when it is not, Unknown
 * when the data is missing, and the boundary day of every window (the last day that counts and the first that does
 * not).
 */
class RulesTests {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static TestFacts facts() {
        return TestFacts.facts(AS_OF);
    }

    static Finding evaluate(String requirement, TestFacts facts) {
        return Assessor.rules().get(requirement).evaluate(row(requirement), facts.build());
    }

    @Test
    void everyRuleIsCoveredHereAndNamesARowOfTheShippedCatalogs() {
        assertThat(Assessor.rules().keySet()).containsExactlyInAnyOrder(
                "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)",
                "164.308(a)(5)(i)", "164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)", "164.308(a)(1)(ii)(C)",
                "164.312(a)(2)(iv)", "164.312(e)(2)(ii)", "164.312(b)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(D)",
                "164.308(b)(1)", "164.308(b)(3)", "164.314(a)(2)(i)", "164.502(e)", "164.504(e)",
                "164.308(a)(2)", "164.530(a)(1)", "164.316(a)", "164.316(b)(2)(iii)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)");
        assertThat(TestFacts.catalog()).containsKeys(Assessor.rules().keySet().toArray(String[]::new));
        assertThat(Assessor.computed("164.312(a)(2)(iv)")).isTrue();
        assertThat(Assessor.computed("164.310(a)(2)(i)")).isFalse();
    }

    /** Detection runs and closed cases in the access log are the activity review's evidence; cases left open weaken it. */
    @Test
    void theAccessLogsReviewActivityShowsInformationSystemActivityReview() {
        String id = "164.308(a)(1)(ii)(D)";
        var reviewed = Assessor.rules().get(id).evaluate(row(id), facts().build(new io.safeguard.accesslog.AccessLogEvidence.ActivityReview(3, 2, 0)));
        assertThat(reviewed.status()).isEqualTo(FindingStatus.MET);
        assertThat(reviewed.evidence().toString()).contains("3 detection runs and 2 cases closed");
        var stale = Assessor.rules().get(id).evaluate(row(id), facts().build(new io.safeguard.accesslog.AccessLogEvidence.ActivityReview(3, 2, 1)));
        assertThat(stale.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
        assertThat(Assessor.rules().get(id).evaluate(row(id), facts().build(new io.safeguard.accesslog.AccessLogEvidence.ActivityReview(0, 0, 0)))
                .status()).isEqualTo(FindingStatus.NOT_MET);
    }

    @Test
    void theFindingCarriesTheRowsCitationTitleAndWeight() {
        var finding = evaluate("164.312(b)", facts());
        assertThat(finding.requirement()).isEqualTo("164.312(b)");
        assertThat(finding.citation()).isEqualTo("45 CFR 164.312(b)");
        assertThat(finding.title()).isEqualTo("Audit controls");
        assertThat(finding.weight()).isEqualTo(8);
        assertThat(finding.basis()).isEqualTo(Finding.Basis.COMPUTED);
    }

    @Nested
    class TheEphiAssetsOnTheAsOfDate {
        @Test
        void anAssetAddedBeforeMidnightInTheOrganizationsZoneCountsAndOneAddedAfterDoesNot() {
            // America/Los_Angeles is UTC-8 in November: 2026-11-24T08:00Z is midnight starting the 24th there.
            var lastMinute = asset("ehr-01").addedAt(Instant.parse("2026-11-24T07:59:59Z")).build();
            var nextDay = asset("pacs-01").addedAt(Instant.parse("2026-11-24T08:00:00Z")).build();
            var facts = facts().withAssets(lastMinute, nextDay).build();
            assertThat(facts.ephiAssets()).extracting(Asset::name).containsExactly("ehr-01");
        }

        @Test
        void anAssetRetiredOnTheAsOfDateIsGoneAndOneRetiredTheDayAfterIsStillThere() {
            var retiredToday = asset("old-server").retiredOn(AS_OF).build();
            var retiredTomorrow = asset("fs-02").retiredOn(AS_OF.plusDays(1)).build();
            var facts = facts().withAssets(retiredToday, retiredTomorrow).build();
            assertThat(facts.ephiAssets()).extracting(Asset::name).containsExactly("fs-02");
        }

        @Test
        void anAssetWithoutEphiIsNotAnEphiAsset() {
            var facts = facts().withAssets(asset("printer").noEphi().build()).build();
            assertThat(facts.ephiAssets()).isEmpty();
        }

        @Test
        void aRuleDoesNotSeeAnAssetAddedAfterTheAsOfDate() {
            var later = asset("pacs-01").noAuditLog().addedAt(Instant.parse("2026-11-25T17:00:00Z")).build();
            var finding = evaluate("164.312(b)", facts().withAssets(asset("ehr-01").build(), later));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("All 1 ePHI assets record audit logs.");
        }
    }

    @Nested
    class RiskAnalysis {
        static final String ID = "164.308(a)(1)(ii)(A)";
        static final LocalDate ANALYSED = LocalDate.of(2025, 11, 23);

        /** What the risk module hands over for a 12-month review period: current on the due day, stale the day after. */
        static AnalysisCurrency currencyOn(LocalDate day, List<String> outside) {
            LocalDate due = ANALYSED.plusMonths(12);
            return new AnalysisCurrency(2, ANALYSED, due, day.isAfter(due), outside);
        }

        @Test
        void withoutAnyCompletedAnalysisItIsNotMet() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No risk analysis was completed on or before 2026-11-23.");
        }

        @Test
        void theAnalysisIsMetOnItsReviewDueDay() {
            var finding = evaluate(ID, facts().withRiskAnalysis(currencyOn(AS_OF, List.of())));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Risk analysis version 2 of 2025-11-23, current; review due 2026-11-23.");
        }

        @Test
        void theDayAfterItsReviewDueDayTheAnalysisIsPartiallyMet() {
            LocalDate dayAfter = AS_OF.plusDays(1);
            var finding = evaluate(ID, TestFacts.facts(dayAfter).withRiskAnalysis(currencyOn(dayAfter, List.of())));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("The analysis of 2025-11-23 was due for review on 2026-11-23.");
            assertThat(finding.evidence()).containsExactly("Risk analysis version 2 of 2025-11-23.");
        }

        @Test
        void anythingOutsideTheAnalysisMakesItPartiallyMetWithinTheReviewPeriod() {
            var currency = currencyOn(AS_OF, List.of("PACS imaging server (asset added 2026-09-14)"));
            var finding = evaluate(ID, facts().withRiskAnalysis(currency));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("PACS imaging server (asset added 2026-09-14) is outside the analysis.");
        }
    }

    @Nested
    class RiskManagement {
        static final String ID = "164.308(a)(1)(ii)(B)";
        static final AnalysisCurrency ANALYSIS = new AnalysisCurrency(1, LocalDate.of(2026, 3, 18), LocalDate.of(2027, 3, 18),
                false, List.of());

        @Test
        void withoutAnalysisAndWithoutRisksThereIsNoRegister() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No risk register: no risk has been identified and treated.");
        }

        @Test
        void aRiskAboveTheThresholdWithoutTreatmentIsNotMet() {
            var plan = new PlanStatus(3, List.of("R-019 Northwest IT Partners (Moderate)"), List.of("R-004 Encrypt laptop-12 (due 2026-11-01)"));
            var finding = evaluate(ID, facts().withRiskAnalysis(ANALYSIS).withRiskPlan(plan));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("R-019 Northwest IT Partners (Moderate): above the threshold without treatment.",
                    "R-004 Encrypt laptop-12 (due 2026-11-01): overdue.");
            assertThat(finding.evidence()).containsExactly("3 open risks in the register.");
        }

        @Test
        void overdueMeasuresAloneArePartiallyMet() {
            var plan = new PlanStatus(3, List.of(), List.of("R-004 Encrypt laptop-12 (due 2026-11-01)"));
            var finding = evaluate(ID, facts().withRiskAnalysis(ANALYSIS).withRiskPlan(plan));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("R-004 Encrypt laptop-12 (due 2026-11-01): overdue.");
        }

        @Test
        void aPlanOnTrackIsMet() {
            var finding = evaluate(ID, facts().withRiskAnalysis(ANALYSIS).withRiskPlan(new PlanStatus(3, List.of(), List.of())));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("3 open risks in the register.");
        }
    }

    @Nested
    class Training {
        static final String ID = "164.308(a)(5)(i)";
        static final Course SECURITY = new Course(UUID.randomUUID(), "SEC", "Security awareness", 12, 30, Course.Audience.EVERYONE);
        static final LocalDate COMPLETED = LocalDate.of(2025, 11, 23);
        static final LocalDate DUE = LocalDate.of(2026, 11, 23);
        final WorkforceMember ana = member("Ana Lopez");
        final WorkforceMember ben = member("Ben Ortiz");

        static TrainingReport.Line line(WorkforceMember m, TrainingStatus.State state, @Nullable LocalDate completed, LocalDate due) {
            return new TrainingReport.Line(m, SECURITY, new TrainingStatus(state, completed, due));
        }

        @Test
        void withoutCoursesOrRosterItIsUnknown() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No training courses or workforce roster recorded.");
        }

        @Test
        void aMemberOnTheDueDayIsStillCurrent() {
            // On its due day the workforce module reports a completion as due soon, not overdue.
            var finding = evaluate(ID, facts().withTraining(line(ana, TrainingStatus.State.DUE_SOON, COMPLETED, DUE),
                    line(ben, TrainingStatus.State.CURRENT, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1))));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("All 2 members who must be trained are current on 2026-11-23.");
        }

        @Test
        void theDayAfterTheDueDateTheMemberIsOverdueAndTheRowIsNotMet() {
            var finding = evaluate(ID, TestFacts.facts(DUE.plusDays(1)).withTraining(line(ana, TrainingStatus.State.OVERDUE, COMPLETED, DUE),
                    line(ben, TrainingStatus.State.CURRENT, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1))));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("1 of 2 members who must be trained are overdue.",
                    "Ana Lopez: Security awareness last completed 2025-11-23, due 2026-11-23.");
        }

        @Test
        void aNewHireWithinTheWindowIsFineAndOneOverdueHasNeverCompleted() {
            var within = evaluate(ID, facts().withTraining(line(ben, TrainingStatus.State.DUE, null, AS_OF)));
            assertThat(within.status()).isEqualTo(FindingStatus.MET);
            var late = evaluate(ID, facts().withTraining(line(ben, TrainingStatus.State.OVERDUE, null, AS_OF.minusDays(1))));
            assertThat(late.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(late.gaps()).containsExactly("1 of 1 members who must be trained are overdue.",
                    "Ben Ortiz: Security awareness never completed, due 2026-11-22.");
        }

        @Test
        void atMostTenOverdueLinesAreNamed() {
            var lines = IntStream.range(0, 12).mapToObj(i -> line(member("Member " + i), TrainingStatus.State.OVERDUE, COMPLETED,
                    DUE.minusDays(1))).toArray(TrainingReport.Line[]::new);
            var finding = evaluate(ID, facts().withTraining(lines));
            assertThat(finding.gaps()).hasSize(11).first().isEqualTo("12 of 12 members who must be trained are overdue.");
        }
    }

    @Nested
    class Termination {
        static final String ID = "164.308(a)(3)(ii)(C)";
        static final LocalDate TERMINATED = LocalDate.of(2026, 7, 17);
        final WorkforceMember kevin = new WorkforceMember(UUID.randomUUID(), "E7", "Kevin Doyle", null, null, null, null,
                LocalDate.of(2021, 5, 3), TERMINATED, true);

        RevocationLag lag(String system, @Nullable LocalDate revokedOn) {
            var grant = new AccessGrant(UUID.randomUUID(), kevin.id(), system, "kdoyle", null, null, revokedOn);
            LocalDate end = revokedOn == null ? AS_OF : revokedOn;
            return new RevocationLag(kevin, grant, ChronoUnit.DAYS.between(TERMINATED, end), revokedOn == null, 1, null);
        }

        @Test
        void withoutRosterOrGrantsItIsUnknown() {
            var noRoster = evaluate(ID, facts());
            assertThat(noRoster.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(noRoster.gaps()).containsExactly(
                    "No workforce roster or access grants recorded: termination revocation cannot be measured.");
            assertThat(evaluate(ID, facts().withWorkforce(12, 0)).status()).isEqualTo(FindingStatus.UNKNOWN);
        }

        @Test
        void withoutTerminationsItIsMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("No member with recorded access was terminated before 2026-11-23.");
        }

        @Test
        void anAccountRevokedOnTheDeadlineDayIsMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withTerminations(lag("EHR", TERMINATED.plusDays(1))));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("1 account of terminated members revoked within 1 day.");
        }

        @Test
        void anAccountRevokedTheDayAfterTheDeadlineIsNotMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withTerminations(lag("EHR", TERMINATED.plusDays(2))));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("Kevin Doyle: EHR account revoked after 2 days (deadline 1 day).");
        }

        @Test
        void anAccountStillOpenCountsItsDaysUpToTheAsOfDate() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withTerminations(lag("M365", null)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("Kevin Doyle: M365 account still active 129 days after termination (deadline 1 day).");
        }
    }

    @Nested
    class AccessReview {
        static final String ID = "164.308(a)(4)(ii)(C)";

        @Test
        void withoutAccessGrantsItIsUnknown() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No access grants recorded.");
        }

        @Test
        void aReviewNeverSignedOffIsNotMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(accessReview("Q4 2026", null)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No access review has been signed off.");
        }

        @Test
        void aReviewSignedOffExactlyThreeMonthsBeforeIsMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(accessReview("Q3 2026", LocalDate.of(2026, 8, 23))));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Access review \"Q3 2026\" signed off on 2026-08-23.");
        }

        @Test
        void aReviewSignedOffOneDayEarlierIsPartiallyMet() {
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(accessReview("Q3 2026", LocalDate.of(2026, 8, 22))));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly(
                    "The last access review was signed off on 2026-08-22, more than three months before 2026-11-23.");
            assertThat(finding.evidence()).containsExactly("Access review \"Q3 2026\" signed off on 2026-08-22.");
        }

        @Test
        void theLatestSignOffCountsAndOneAfterTheAsOfDateIsIgnored() {
            var old = accessReview("Q2 2026", LocalDate.of(2026, 5, 30));
            var recent = accessReview("Q4 2026", LocalDate.of(2026, 11, 2));
            assertThat(evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(old, recent)).status()).isEqualTo(FindingStatus.MET);
            var afterAsOf = accessReview("Q4 2026", AS_OF.plusDays(1));
            var finding = evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(old, afterAsOf));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.evidence()).containsExactly("Access review \"Q2 2026\" signed off on 2026-05-30.");
            assertThat(evaluate(ID, facts().withWorkforce(12, 30).withAccessReviews(afterAsOf)).status()).isEqualTo(FindingStatus.NOT_MET);
        }
    }

    @Nested
    class SanctionPolicy {
        static final String ID = "164.308(a)(1)(ii)(C)";
        static final Sanction WARNING = new Sanction(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 4, 2), "Acceptable use",
                "Shared a password", Sanction.Type.WARNING, "Dana Whitfield");

        @Test
        void withoutASanctionPolicyInEffectItIsNotMet() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No sanction policy in effect is linked to 164.308(a)(1)(ii)(C).");
        }

        @Test
        void aPolicyTakingEffectTheDayAfterOrLinkedElsewhereDoesNotCount() {
            var tomorrow = policy("Sanction policy", DocumentKind.POLICY, AS_OF.plusDays(1), AS_OF.plusYears(1), ID);
            var elsewhere = policy("Security policy", DocumentKind.POLICY, AS_OF.minusYears(1), AS_OF.plusYears(1), "164.316(a)");
            assertThat(evaluate(ID, facts().withPolicies(tomorrow, elsewhere)).status()).isEqualTo(FindingStatus.NOT_MET);
        }

        @Test
        void aPolicyDueForReviewOnTheAsOfDateIsMet() {
            var sanctions = policy("Sanction policy", DocumentKind.POLICY, AS_OF, AS_OF, ID);
            var finding = evaluate(ID, facts().withPolicies(sanctions).withSanctions(WARNING));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Sanction policy in effect", "1 sanctions recorded.");
        }

        @Test
        void aPolicyDueForReviewTheDayBeforeIsPartiallyMet() {
            var sanctions = policy("Sanction policy", DocumentKind.POLICY, AS_OF.minusYears(1), AS_OF.minusDays(1), ID);
            var finding = evaluate(ID, facts().withPolicies(sanctions));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("Sanction policy is past its review date.");
        }
    }

    @Nested
    class EncryptionAtRest {
        static final String ID = "164.312(a)(2)(iv)";

        @Test
        void withoutEphiAssetsItIsUnknown() {
            var finding = evaluate(ID, facts().withAssets(asset("printer").noEphi().build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No asset with ePHI in the inventory on 2026-11-23.");
        }

        @Test
        void everyEphiAssetFullyEncryptedWithAKeyCustodianIsMet() {
            var finding = evaluate(ID, facts().withAssets(asset("ehr-01").build(), asset("fs-02").build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("2 of 2 ePHI assets fully encrypted at rest.");
        }

        @Test
        void unencryptedOrPartlyEncryptedAssetsAreNotMet() {
            var finding = evaluate(ID, facts().withAssets(asset("ehr-01").keyCustodian(null).build(),
                    asset("laptop-12").atRest(Protection.NONE).build(), asset("fs-02").atRest(Protection.PARTIAL).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("laptop-12: ePHI at rest not encrypted.", "fs-02: ePHI at rest only partly encrypted.",
                    "ehr-01: no key custodian recorded (key management).");
            assertThat(finding.evidence()).containsExactly("1 of 3 ePHI assets fully encrypted at rest.");
        }

        @Test
        void aSelfHostedAssetWithoutKeyCustodianIsPartiallyMetAndAHostedOneIsNot() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").keyCustodian(null).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: no key custodian recorded (key management).");
            var hosted = evaluate(ID, facts().withAssets(asset("ehr-cloud").keyCustodian(null).hostedBy("Athena").build()));
            assertThat(hosted.status()).isEqualTo(FindingStatus.MET);
        }

        @Test
        void aDocumentedAlternativeMeetsItAndADecisionDatedAfterTheAsOfDateIsIgnored() {
            var laptop = asset("laptop-12").atRest(Protection.NONE).build();
            var decided = decision(ID, Decision.EQUIVALENT_ALTERNATIVE, "Kept in a locked cabinet", LocalDate.of(2026, 1, 15), AS_OF);
            var met = evaluate(ID, facts().withAssets(laptop).withDecisions(decided));
            assertThat(met.status()).isEqualTo(FindingStatus.MET);
            assertThat(met.evidence()).containsExactly(
                    "Documented decision of 2026-01-15 by Dana Whitfield: Equivalent alternative measure (Kept in a locked cabinet).");
            var later = decision(ID, Decision.EQUIVALENT_ALTERNATIVE, "Kept in a locked cabinet", AS_OF.plusDays(1), AS_OF.plusYears(1));
            var ignored = evaluate(ID, facts().withAssets(laptop).withDecisions(later));
            assertThat(ignored.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(ignored.gaps()).containsExactly("laptop-12: ePHI at rest not encrypted.");
        }

        @Test
        void aDecisionToImplementLeavesItToTheInventory() {
            var implemented = decision(ID, Decision.IMPLEMENTED, null, LocalDate.of(2026, 1, 15), AS_OF.plusYears(1));
            var finding = evaluate(ID, facts().withAssets(asset("laptop-12").atRest(Protection.NONE).build()).withDecisions(implemented));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
        }
    }

    @Nested
    class EncryptionInTransit {
        static final String ID = "164.312(e)(2)(ii)";

        @Test
        void withoutEphiAssetsOrDataFlowsItIsUnknown() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No ePHI assets or data flows recorded.");
        }

        @Test
        void everyAssetAndFlowEncryptedIsMet() {
            var finding = evaluate(ID, facts().withAssets(asset("ehr-01").build()).withFlows(flow("Lab results", true)));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Every ePHI asset and data flow is encrypted in transit.");
        }

        @Test
        void anAssetOrFlowWithoutFullEncryptionIsNotMet() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").inTransit(Protection.PARTIAL).build())
                    .withFlows(flow("Lab results", false), flow("Claims", true)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: ePHI sent without full encryption in transit.",
                    "Data flow Lab results: not encrypted.");
        }

        @Test
        void aDocumentedDecisionOverdueForReviewIsPartiallyMet() {
            var decided = decision(ID, Decision.NOT_REASONABLE_AND_APPROPRIATE, null, LocalDate.of(2025, 1, 15), AS_OF.minusDays(1));
            var finding = evaluate(ID, facts().withFlows(flow("Lab results", false)).withDecisions(decided));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("The decision was due for review on 2026-11-22.");
        }
    }

    @Nested
    class AuditControls {
        static final String ID = "164.312(b)";

        @Test
        void withoutEphiAssetsItIsUnknown() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No asset with ePHI in the inventory.");
        }

        @Test
        void everyEphiAssetLoggingIsMet() {
            var finding = evaluate(ID, facts().withAssets(asset("ehr-01").build(), asset("fs-02").build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("All 2 ePHI assets record audit logs.");
        }

        @Test
        void anEphiAssetWithoutAuditLogIsNotMet() {
            var finding = evaluate(ID, facts().withAssets(asset("ehr-01").build(), asset("fs-02").noAuditLog().build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: records no audit log.");
        }
    }

    @Nested
    class DataBackup {
        static final String ID = "164.308(a)(7)(ii)(A)";

        @Test
        void withoutEphiAssetsItIsUnknown() {
            var finding = evaluate(ID, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No asset with ePHI in the inventory.");
        }

        @Test
        void aSelfHostedAssetWithoutBackupIsNotMetAndAHostedOneIsNotAGap() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").backup(Backup.NONE).build(),
                    asset("ehr-cloud").backup(Backup.NONE).hostedBy("Athena").build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: no backup of its ePHI.");
        }

        @Test
        void everySelfHostedAssetBackedUpIsMet() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").build(), asset("ehr-cloud").backup(Backup.NONE).hostedBy("Athena").build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Every self-hosted ePHI asset has a backup.");
        }
    }

    @Nested
    class BackupRestores {
        static final String ID = "164.308(a)(7)(ii)(D)";

        @Test
        void withoutABackedUpEphiAssetItIsUnknown() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").backup(Backup.NONE).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No backed-up ePHI asset to test.");
        }

        @Test
        void aRestoreTestedExactlyTwelveMonthsBeforeIsMet() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").restoreTested(LocalDate.of(2025, 11, 23)).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Every backup was restored in a test within 12 months.");
        }

        @Test
        void aRestoreTestedOneDayEarlierIsAGap() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").restoreTested(LocalDate.of(2025, 11, 22)).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: last restore test 2025-11-22.");
        }

        @Test
        void someBackupsUntestedArePartiallyMet() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").restoreTested(LocalDate.of(2026, 10, 1)).build(),
                    asset("ehr-01").restoreTested(null).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("ehr-01: backup never restored in a test.");
        }

        @Test
        void aRestoreTestAfterTheAsOfDateDoesNotCount() {
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").restoreTested(AS_OF.plusDays(1)).build()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("fs-02: no restore test recorded by 2026-11-23.");
        }

        @Test
        void aDocumentedAlternativeReviewedOnTheAsOfDateIsMet() {
            var decided = decision(ID, Decision.EQUIVALENT_ALTERNATIVE, "Vendor restores monthly", LocalDate.of(2026, 2, 1), AS_OF);
            var finding = evaluate(ID, facts().withAssets(asset("fs-02").build()).withDecisions(decided));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.nextAction()).isEqualTo("Review the decision by 2026-11-23.");
        }
    }

    @Nested
    class BusinessAssociateAgreements {
        static final PhiHandling RECEIVES = new PhiHandling(false, true, false, false);

        static Vendor vendor(String name, PhiHandling phi, @Nullable String exempt) {
            return new Vendor(UUID.randomUUID(), TenantId.random(), name, VendorCategory.IT_SERVICES, null, phi, null, null, null, exempt,
                    Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
        }

        /** The vendor's standing on the as-of date, from one agreement's dates. */
        static VendorOverview.Row withAgreement(Vendor v, LocalDate effective, @Nullable LocalDate expires) {
            var baa = new Baa(UUID.randomUUID(), v.id(), null, effective, expires, null, null, null, Instant.EPOCH);
            return new VendorOverview.Row(v, new BaaStanding(baa.statusOn(AS_OF), baa), List.of());
        }

        static VendorOverview.Row withoutAgreement(Vendor v) {
            return new VendorOverview.Row(v, new BaaStanding(BaaStatus.NONE, null), List.of());
        }

        @ParameterizedTest
        @ValueSource(strings = {"164.308(b)(1)", "164.308(b)(3)", "164.314(a)(2)(i)", "164.502(e)", "164.504(e)"})
        void withoutVendorsEveryAgreementRowIsUnknown(String id) {
            var finding = evaluate(id, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.gaps()).containsExactly("No vendors recorded.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"164.308(b)(1)", "164.308(b)(3)", "164.314(a)(2)(i)", "164.502(e)", "164.504(e)"})
        void anAgreementExpiringOnTheAsOfDateStillCovers(String id) {
            var it = vendor("Northwest IT Partners", RECEIVES, null);
            var finding = evaluate(id, facts().withVendors(List.of(withAgreement(it, LocalDate.of(2023, 3, 1), AS_OF)), List.of()));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Northwest IT Partners: Executed 2023-03-01, expires 2026-11-23");
        }

        @Test
        void anAgreementThatExpiredTheDayBeforeIsNotMet() {
            var it = vendor("Northwest IT Partners", RECEIVES, null);
            var finding = evaluate("164.308(b)(1)", facts().withVendors(
                    List.of(withAgreement(it, LocalDate.of(2023, 3, 1), AS_OF.minusDays(1))), List.of()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("Northwest IT Partners: expired 2026-11-22.");
        }

        @Test
        void aVendorWithoutAgreementIsAGapAndAnExemptOneIsNot() {
            var billing = vendor("Summit Billing", RECEIVES, null);
            var lab = vendor("Valley Imaging", RECEIVES, "provider receiving PHI for treatment");
            var finding = evaluate("164.502(e)", facts().withVendors(List.of(withoutAgreement(billing), withoutAgreement(lab)), List.of()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("Summit Billing: none.");
            assertThat(finding.evidence()).isEmpty();
        }

        @Test
        void aCloudServiceHoldingPhiOutsideItsEligibilityIsAGap() {
            var microsoft = vendor("Microsoft", RECEIVES, null);
            var service = new CloudService(UUID.randomUUID(), microsoft.id(), "microsoft", null, "Bing Chat", null, null, List.of(), true);
            var outside = new Eligibility(Eligibility.Verdict.NOT_ON_LIST, "not on the provider's HIPAA-eligible list as recorded here",
                    List.of());
            var finding = evaluate("164.308(b)(3)", facts().withVendors(List.of(withAgreement(microsoft, LocalDate.of(2024, 1, 1), null)),
                    List.of(new VendorOverview.CloudRow(service, "Microsoft", outside))));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("Bing Chat (Microsoft): not on the provider's HIPAA-eligible list as recorded here.");
            assertThat(finding.evidence()).containsExactly("Microsoft: Executed 2024-01-01");
        }

        @Test
        void whenNoVendorHandlesPhiWithoutExemptionItIsNotApplicable() {
            var finding = evaluate("164.308(b)(1)", facts().withVendors(List.of(withoutAgreement(vendor("Office Supplies", PhiHandling.NONE, null)),
                    withoutAgreement(vendor("Valley Imaging", RECEIVES, "provider receiving PHI for treatment"))), List.of()));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
            assertThat(finding.evidence()).containsExactly("No recorded vendor handles PHI without an exemption.");
        }
    }

    @Nested
    class Officials {
        @Test
        void theSecurityOfficialMustBeNamed() {
            var missing = evaluate("164.308(a)(2)", facts());
            assertThat(missing.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(missing.gaps()).containsExactly("No security official is named.");
            var named = evaluate("164.308(a)(2)", facts().withOfficials("Dana Whitfield", null, EntityType.COVERED_ENTITY));
            assertThat(named.status()).isEqualTo(FindingStatus.MET);
            assertThat(named.evidence()).containsExactly("Security official: Dana Whitfield.");
        }

        @Test
        void aCoveredEntityMustNameAPrivacyOfficial() {
            var missing = evaluate("164.530(a)(1)", facts());
            assertThat(missing.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(missing.gaps()).containsExactly("No privacy official is named.");
            var named = evaluate("164.530(a)(1)", facts().withOfficials(null, "Maria Chen", EntityType.HYBRID));
            assertThat(named.status()).isEqualTo(FindingStatus.MET);
            assertThat(named.evidence()).containsExactly("Privacy official: Maria Chen.");
        }

        @Test
        void aBusinessAssociateNeedsNoPrivacyOfficial() {
            var finding = evaluate("164.530(a)(1)", facts().withOfficials(null, null, EntityType.BUSINESS_ASSOCIATE));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
            assertThat(finding.evidence()).containsExactly("A business associate needs no privacy official of its own.");
        }
    }

    @Nested
    class PoliciesAndProcedures {
        @ParameterizedTest
        @ValueSource(strings = {"164.316(a)", "164.316(b)(2)(iii)"})
        void withoutAPolicyInEffectItIsNotMet(String id) {
            var tomorrow = policy("Security policy", DocumentKind.POLICY, AS_OF.plusDays(1), AS_OF.plusYears(1), id);
            var finding = evaluate(id, facts().withPolicies(tomorrow));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No written policy or procedure is in effect on 2026-11-23.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"164.316(a)", "164.316(b)(2)(iii)"})
        void aPolicyTakingEffectAndDueForReviewOnTheAsOfDateIsMet(String id) {
            var finding = evaluate(id, facts().withPolicies(policy("Security policy", DocumentKind.POLICY, AS_OF, AS_OF)));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("1 policies and procedures in effect.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"164.316(a)", "164.316(b)(2)(iii)"})
        void aPolicyDueForReviewTheDayBeforeIsPartiallyMet(String id) {
            var finding = evaluate(id, facts().withPolicies(policy("Security policy", DocumentKind.POLICY, AS_OF.minusYears(1), AS_OF.minusDays(1)),
                    policy("Backup procedure", DocumentKind.PROCEDURE, AS_OF.minusYears(1), AS_OF.plusYears(1))));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("Security policy: past its review date 2026-11-22.");
            assertThat(finding.evidence()).containsExactly("2 policies and procedures in effect.");
        }
    }

    @Nested
    class ActivityReview {
        static final String ID = "164.308(a)(1)(ii)(D)";

        @Test
        void aReviewSpeakingForExactlyThreeMonthsBeforeIsMet() {
            var finding = evaluate(ID, facts().withEvidence(evidence("log-review.pdf", LocalDate.of(2026, 8, 23), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("log-review.pdf (2026-08-23)");
        }

        @Test
        void aReviewSpeakingForOneDayEarlierIsPartiallyMet() {
            var finding = evaluate(ID, facts().withEvidence(evidence("log-review.pdf", LocalDate.of(2026, 8, 22), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("The last documented review is more than three months old.");
            assertThat(finding.evidence()).containsExactly("log-review.pdf (2026-08-22)");
        }

        @Test
        void aReviewSpeakingForExactlyTwelveMonthsBeforeIsStillPartiallyMet() {
            var finding = evaluate(ID, facts().withEvidence(evidence("log-review.pdf", LocalDate.of(2025, 11, 23), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
        }

        @Test
        void aReviewSpeakingForOneDayEarlierThanTwelveMonthsIsNotMet() {
            var finding = evaluate(ID, facts().withEvidence(evidence("log-review.pdf", LocalDate.of(2025, 11, 22), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No documented information system activity review in the 12 months before 2026-11-23.");
        }

        @Test
        void evidenceSpeakingForAfterTheAsOfDateOrLinkedElsewhereDoesNotCount() {
            var finding = evaluate(ID, facts().withEvidence(evidence("log-review.pdf", AS_OF.plusDays(1), ID),
                    evidence("mfa-report.pdf", AS_OF, "164.312(d)")));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
        }
    }

    @Nested
    class IncidentResponse {
        static final String ID = "164.308(a)(6)(ii)";
        static final PolicyDocument PLAN = policy("Incident response plan", DocumentKind.PLAN,
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), ID);

        @Test
        void withoutAPlanInEffectItIsNotMet() {
            var finding = evaluate(ID, facts().withEvidence(evidence("tabletop.pdf", AS_OF, ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No incident response procedure in effect is linked to 164.308(a)(6)(ii).");
        }

        @Test
        void aPlanTestedExactlyTwelveMonthsBeforeIsMet() {
            var finding = evaluate(ID, facts().withPolicies(PLAN).withEvidence(evidence("tabletop.pdf", LocalDate.of(2025, 11, 23), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Incident response plan in effect", "tabletop.pdf (2025-11-23)");
        }

        @Test
        void aPlanTestedOneDayEarlierIsPartiallyMet() {
            var finding = evaluate(ID, facts().withPolicies(PLAN).withEvidence(evidence("tabletop.pdf", LocalDate.of(2025, 11, 22), ID)));
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly(
                    "No test or use of the incident response plan recorded in the 12 months before 2026-11-23.");
            assertThat(finding.evidence()).containsExactly("Incident response plan in effect");
        }

        @Test
        void aTabletopExerciseHeldWithinTheYearShowsThePlanTested() {
            var finding = Assessor.rules().get(ID).evaluate(row(ID), facts().withPolicies(PLAN).build(List.of(LocalDate.of(2026, 2, 16))));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Incident response plan in effect", "Tabletop exercise held 2026-02-16");
        }
    }

    /** Rows without a rule: answered by a policy in effect or dated evidence, never Met without either. */
    @Nested
    class AttestedRows {
        static final String REQUIRED = "164.312(d)";
        static final String ADDRESSABLE = "164.310(a)(2)(i)";

        static Finding attest(String id, TestFacts facts) {
            return Attestation.evaluate(row(id), facts.build());
        }

        @Test
        void withoutPolicyOrEvidenceTheRowIsUnknownNeverMet() {
            var finding = attest(REQUIRED, facts());
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.basis()).isEqualTo(Finding.Basis.ATTESTATION);
            assertThat(finding.gaps()).containsExactly("No policy in effect and no evidence from the last 12 months is linked to 164.312(d).");
            assertThat(finding.nextAction()).startsWith("Link the policy or dated evidence for \"Person or entity authentication\": ")
                    .contains("(Safeguard cannot compute this row: ");
        }

        @Test
        void aLinkedPolicyInEffectMeetsTheRow() {
            var procedure = policy("Authentication procedure", DocumentKind.PROCEDURE, AS_OF, AS_OF.plusYears(1), REQUIRED);
            var finding = attest(REQUIRED, facts().withPolicies(procedure));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Authentication procedure (procedure, version 1.0)");
        }

        @Test
        void evidenceSpeakingForExactlyTwelveMonthsBeforeMeetsTheRowAndOneDayEarlierOnlyPartly() {
            var onTheDay = attest(REQUIRED, facts().withEvidence(evidence("mfa-report.pdf", LocalDate.of(2025, 11, 23), REQUIRED)));
            assertThat(onTheDay.status()).isEqualTo(FindingStatus.MET);
            assertThat(onTheDay.evidence()).containsExactly("mfa-report.pdf (2025-11-23)");
            var dayBefore = attest(REQUIRED, facts().withEvidence(evidence("mfa-report.pdf", LocalDate.of(2025, 11, 22), REQUIRED)));
            assertThat(dayBefore.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(dayBefore.gaps()).containsExactly("The linked evidence is more than 12 months old.");
        }

        @Test
        void evidenceOlderThanSixYearsOrSpeakingForAfterTheAsOfDateIsNotLookedAt() {
            var sixYears = attest(REQUIRED, facts().withEvidence(evidence("mfa-report.pdf", LocalDate.of(2020, 11, 23), REQUIRED)));
            assertThat(sixYears.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            var older = attest(REQUIRED, facts().withEvidence(evidence("mfa-report.pdf", LocalDate.of(2020, 11, 22), REQUIRED)));
            assertThat(older.status()).isEqualTo(FindingStatus.UNKNOWN);
            var later = attest(REQUIRED, facts().withEvidence(evidence("mfa-report.pdf", AS_OF.plusDays(1), REQUIRED)));
            assertThat(later.status()).isEqualTo(FindingStatus.UNKNOWN);
        }

        @Test
        void anAddressableRowWithoutADecisionIsNotMetEvenWithEvidence() {
            var finding = attest(ADDRESSABLE, facts().withEvidence(evidence("contingency.pdf", AS_OF, ADDRESSABLE)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.basis()).isEqualTo(Finding.Basis.ATTESTATION);
            assertThat(finding.gaps()).containsExactly("No documented decision for this addressable specification.");
        }

        @Test
        void aDecisionDatedAfterTheAsOfDateIsIgnored() {
            var later = decision(ADDRESSABLE, Decision.IMPLEMENTED, null, AS_OF.plusDays(1), AS_OF.plusYears(1));
            var finding = attest(ADDRESSABLE, facts().withDecisions(later).withEvidence(evidence("contingency.pdf", AS_OF, ADDRESSABLE)));
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.gaps()).containsExactly("No documented decision for this addressable specification.");
        }

        @Test
        void anImplementedAddressableRowIsAnsweredByItsEvidence() {
            var implemented = decision(ADDRESSABLE, Decision.IMPLEMENTED, null, AS_OF, AS_OF.plusYears(1));
            var withEvidence = attest(ADDRESSABLE, facts().withDecisions(implemented).withEvidence(evidence("contingency.pdf", AS_OF, ADDRESSABLE)));
            assertThat(withEvidence.status()).isEqualTo(FindingStatus.MET);
            assertThat(withEvidence.evidence()).containsExactly("contingency.pdf (2026-11-23)");
            assertThat(attest(ADDRESSABLE, facts().withDecisions(implemented)).status()).isEqualTo(FindingStatus.UNKNOWN);
        }

        @Test
        void anAddressableRowDecidedNotReasonableIsMetByTheDocumentedDecision() {
            var decided = decision(ADDRESSABLE, Decision.NOT_REASONABLE_AND_APPROPRIATE, null, LocalDate.of(2026, 1, 15), AS_OF);
            var finding = attest(ADDRESSABLE, facts().withDecisions(decided));
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.evidence()).containsExactly("Documented decision of 2026-01-15 by Dana Whitfield: Not reasonable and appropriate.");
        }
    }

    /** 164.306(d)(3): the documented decision, reviewed on time. */
    @Nested
    class AddressableDecisions {
        static final String ID = "164.310(a)(2)(i)";

        static @Nullable Finding alternative(String id, TestFacts facts) {
            return Addressable.alternative(row(id), facts.build());
        }

        @Test
        void aDecisionDueForReviewOnTheAsOfDateIsStillFine() {
            var decided = decision(ID, Decision.EQUIVALENT_ALTERNATIVE, "Paper downtime procedure", LocalDate.of(2026, 1, 15), AS_OF);
            var finding = alternative(ID, facts().withDecisions(decided));
            assertThat(finding).isNotNull();
            assertThat(finding.status()).isEqualTo(FindingStatus.MET);
            assertThat(finding.gaps()).isEmpty();
            assertThat(finding.evidence()).containsExactly(
                    "Documented decision of 2026-01-15 by Dana Whitfield: Equivalent alternative measure (Paper downtime procedure).");
            assertThat(finding.nextAction()).isEqualTo("Review the decision by 2026-11-23.");
        }

        @Test
        void aDecisionDueForReviewTheDayBeforeIsOverdue() {
            var decided = decision(ID, Decision.EQUIVALENT_ALTERNATIVE, "Paper downtime procedure", LocalDate.of(2025, 11, 1), AS_OF.minusDays(1));
            var finding = alternative(ID, facts().withDecisions(decided));
            assertThat(finding).isNotNull();
            assertThat(finding.status()).isEqualTo(FindingStatus.PARTIALLY_MET);
            assertThat(finding.gaps()).containsExactly("The decision was due for review on 2026-11-22.");
            assertThat(finding.nextAction()).isEqualTo("Review the addressable decision.");
        }

        @Test
        void aDecisionDatedOnTheAsOfDateCountsAndOneDatedTheDayAfterIsIgnored() {
            var today = decision(ID, Decision.NOT_REASONABLE_AND_APPROPRIATE, null, AS_OF, AS_OF.plusYears(1));
            assertThat(alternative(ID, facts().withDecisions(today))).isNotNull();
            var tomorrow = decision(ID, Decision.NOT_REASONABLE_AND_APPROPRIATE, null, AS_OF.plusDays(1), AS_OF.plusYears(1));
            assertThat(alternative(ID, facts().withDecisions(tomorrow))).isNull();
        }

        @Test
        void noAlternativeWithoutDecisionForAnImplementedDecisionOrForARequiredRow() {
            assertThat(alternative(ID, facts())).isNull();
            var implemented = decision(ID, Decision.IMPLEMENTED, null, LocalDate.of(2026, 1, 15), AS_OF);
            assertThat(alternative(ID, facts().withDecisions(implemented))).isNull();
            var onARequiredRow = decision("164.312(d)", Decision.NOT_REASONABLE_AND_APPROPRIATE, null, LocalDate.of(2026, 1, 15), AS_OF);
            assertThat(alternative("164.312(d)", facts().withDecisions(onARequiredRow))).isNull();
        }
    }
}

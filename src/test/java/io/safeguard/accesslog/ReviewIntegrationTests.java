package io.safeguard.accesslog;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.detection.DetectionRuns;
import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.reference.ReferenceFeeds;
import io.safeguard.accesslog.review.Determination;
import io.safeguard.accesslog.review.ReviewCase;
import io.safeguard.accesslog.review.Reviews;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.workforce.AccessReviews;
import io.safeguard.workforce.MemberDetails;
import io.safeguard.workforce.Sanction;
import io.safeguard.workforce.Workforce;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Detections over the ledger with the roster and the reference feeds, filed into cases and reviewed to a sanction. */
@IntegrationTest
abstract class ReviewIntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired Workforce workforce;
    @Autowired AccessReviews accessReviews;
    @Autowired ReferenceFeeds feeds;
    @Autowired AccessLogIngest ingest;
    @Autowired DetectionRuns detection;
    @Autowired Reviews reviews;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void snoopingBecomesACaseThatIsDeterminedAndSanctioned() throws Exception {
        TenantScope owner = fixtures.ownerScope(fixtures.organization("Review Clinic " + UUID.randomUUID().toString().substring(0, 6)));
        var jane = workforce.add(owner, new MemberDetails("E1", "Jane Smith", null, "Nurse", "Cardiology", null, LocalDate.of(2020, 1, 6), null, true));
        workforce.grant(owner, jane.id(), "EHR", "jsmith", "Clinical", LocalDate.of(2020, 1, 6));
        workforce.add(owner, new MemberDetails("E2", "Bob Brown", null, "Clerk", "Billing", null, LocalDate.of(2021, 1, 4), null, true));
        var gone = workforce.add(owner, new MemberDetails("E3", "Olga Old", null, "Nurse", "Cardiology", null, LocalDate.of(2019, 1, 7),
                LocalDate.of(2026, 11, 10), true));
        workforce.grant(owner, gone.id(), "EHR", "oold", "Clinical", LocalDate.of(2019, 1, 7));
        feeds.savePatients(owner.tenantId(), List.of(
                new PatientRecord("P100", "Bob", "Brown", null, "1 Elm St", "Portland", "97201", false, "E2", null),
                new PatientRecord("P200", "Famous", "Person", null, "9 Hill Rd", "Portland", "97202", true, null, null),
                new PatientRecord("P300", "Ann", "Able", null, "5 Oak St", "Portland", "97203", false, null, null),
                new PatientRecord("P400", "Jane", "Smith", null, "2 Pine St", "Portland", "97204", false, "E1", null)), Instant.now());
        feeds.addCareLinks(owner.tenantId(), List.of(new CareLink(CareLink.Kind.ENCOUNTER, "P300", "jsmith", null, LocalDate.of(2026, 11, 18), null)));

        StringBuilder csv = new StringBuilder("event_id,occurred_at,user_id,user_role,department,patient_id,action\n");
        int n = 0;
        for (int day = 1; day <= 20; day++) { // ordinary explained work, daytime in Los Angeles
            for (int k = 0; k < 5; k++) {
                csv.append("w-").append(n++).append(",2026-11-%02dT18:%02d:00Z,jsmith,Nurse,Cardiology,P300,R\n".formatted(day, k * 7));
            }
        }
        csv.append("s-1,2026-11-18T19:00:00Z,jsmith,Nurse,Cardiology,P100,R\n"); // coworker, no care link
        csv.append("s-2,2026-11-18T19:05:00Z,jsmith,Nurse,Cardiology,P200,R\n"); // VIP, no care link
        csv.append("s-3,2026-11-19T19:10:00Z,jsmith,Nurse,Cardiology,P400,R\n"); // her own record
        csv.append("s-4,2026-11-15T19:00:00Z,oold,Nurse,Cardiology,P300,R\n"); // after termination
        ingest.ingest(owner, new AccessLogIngest.Request("csv", null, "ehr", "nov.csv", AccessLogIngest.Channel.API),
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), null);

        var lag = workforce.terminations(owner.tenantId(), LocalDate.of(2026, 11, 23)).stream()
                .filter(l -> l.grant().accountName().equals("oold")).findFirst().orElseThrow();
        assertThat(lag.lastUseAfterTermination()).isEqualTo(Instant.parse("2026-11-15T19:00:00Z")); // the termination measure sees it

        var report = detection.run(owner, LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 20));
        assertThat(report.filed()).isEqualTo(report.alerts());
        var queue = reviews.queue(owner, true);
        assertThat(queue).extracting(Reviews.QueueLine::userId).containsExactlyInAnyOrder("jsmith", "oold");
        var janeCase = queue.stream().filter(q -> q.userId().equals("jsmith")).findFirst().orElseThrow();
        assertThat(janeCase.rules()).contains("COWORKER", "VIP", "SELF_ACCESS");
        assertThat(janeCase.userLabel()).contains("Jane Smith");
        var details = reviews.get(owner, janeCase.id());
        assertThat(details.alerts()).noneMatch(a -> "P300".equals(a.patientId()));
        assertThat(details.alerts()).allSatisfy(a -> assertThat(a.why()).isNotBlank());
        assertThat(queue.stream().filter(q -> q.userId().equals("oold")).findFirst().orElseThrow().rules()).contains("TERMINATED_USER");

        assertThat(detection.run(owner, LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 20)).filed()).isZero(); // filed once
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> detection.run(owner, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 20)))
                .isInstanceOf(io.safeguard.shared.BusinessRuleViolation.class).hasMessageContaining("at most 92 days");

        reviews.assign(owner, janeCase.id(), "privacy@clinic.test");
        reviews.note(owner, janeCase.id(), "Interviewed with her manager; no work reason for the three charts.");
        var auditor = new TenantScope(owner.tenantId(), owner.accountId(), Role.AUDITOR);
        assertThatThrownBy(() -> reviews.determine(auditor, janeCase.id(), Determination.INAPPROPRIATE, "x")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.linkSanction(owner, janeCase.id(), UUID.randomUUID())).isInstanceOf(BusinessRuleViolation.class);
        reviews.determine(owner, janeCase.id(), Determination.INAPPROPRIATE, "Coworker, VIP and own chart opened without a work reason.");
        Sanction sanction = accessReviews.addSanction(owner, jane.id(), workforce.today(owner.tenantId()), "Sanction Policy", "Written warning for snooping",
                Sanction.Type.WARNING, "Privacy officer");
        TenantScope elsewhere = fixtures.ownerScope(fixtures.organization("Review Elsewhere " + UUID.randomUUID().toString().substring(0, 6)));
        var theirMember = workforce.add(elsewhere, new MemberDetails("X1", "Xavier Other", null, "Nurse", "ICU", null, LocalDate.of(2020, 1, 6), null, true));
        Sanction theirs = accessReviews.addSanction(elsewhere, theirMember.id(), workforce.today(elsewhere.tenantId()), "Sanction Policy",
                "Warning", Sanction.Type.WARNING, "Them");
        assertThatThrownBy(() -> reviews.linkSanction(owner, janeCase.id(), theirs.id())).isInstanceOf(NotFound.class);
        reviews.linkSanction(owner, janeCase.id(), sanction.id());
        var closed = reviews.get(owner, janeCase.id());
        assertThat(closed.open()).isFalse();
        assertThat(closed.sanctionId()).isEqualTo(sanction.id());
        assertThat(closed.history()).extracting(ReviewCase.HistoryEntry::kind)
                .containsSubsequence("OPENED", "ALERT", "ASSIGNED", "NOTE", "DETERMINED", "SANCTION");
        reviews.note(owner, janeCase.id(), "Manager informed of the outcome."); // notes stay possible after closing
        assertThatThrownBy(() -> reviews.assign(owner, janeCase.id(), "someone")).isInstanceOf(BusinessRuleViolation.class);

        LocalDate today = workforce.today(owner.tenantId()); // the shared test clock: closing happened "today"
        var evidence = reviews.evidence(owner.tenantId(), LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 20), today);
        assertThat(evidence.detectionRuns()).isEqualTo(2); // runs over the days they reviewed
        assertThat(reviews.evidence(owner.tenantId(), today.minusDays(1), today, today).casesClosed()).isEqualTo(1);
        assertThat(detection.run(owner, LocalDate.of(2026, 8, 21), LocalDate.of(2026, 11, 20)).events()).isPositive(); // 92 days: the longest

        String queuePage = mvc.perform(get("/t/" + owner.tenantId() + "/accesslog/cases").param("open", "false").with(signedIn(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queuePage).contains(janeCase.code(), "Jane Smith", "INAPPROPRIATE");
        String casePage = mvc.perform(get("/t/" + owner.tenantId() + "/accesslog/cases/" + janeCase.id()).with(signedIn(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Why it fired", "Why no explanation", "COWORKER", "Interviewed with her manager");
        var auditorAccount = fixtures.member(owner.tenantId(), Role.AUDITOR);
        mvc.perform(get("/t/" + owner.tenantId() + "/accesslog/cases/" + janeCase.id()).with(signedIn(auditorAccount))).andExpect(status().isOk());
        mvc.perform(post("/t/" + owner.tenantId() + "/accesslog/cases/" + janeCase.id() + "/notes").param("text", "x")
                .with(signedIn(auditorAccount)).with(csrf())).andExpect(status().isForbidden());

        TenantScope stranger = fixtures.ownerScope(fixtures.organization("Review Other " + UUID.randomUUID().toString().substring(0, 6)));
        assertThatThrownBy(() -> reviews.get(stranger, janeCase.id())).isInstanceOf(NotFound.class);
        assertThat(reviews.queue(stranger, false)).isEmpty();
        var strangerAccount = fixtures.member(stranger.tenantId(), Role.OWNER);
        mvc.perform(get("/t/" + owner.tenantId() + "/accesslog/cases/" + janeCase.id()).with(signedIn(strangerAccount)))
                .andExpect(status().isNotFound());
    }
}

package io.safeguard.documents;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence is stored once by hash, checked on read, and nothing retained or on hold can be deleted. */
@IntegrationTest
abstract class EvidenceIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Evidence evidence;
    @Autowired Policies policies;
    @Autowired EvidenceStore store;
    @Autowired ActivityTrail trail;
    @Autowired MutableClock clock;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Evidence Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    private EvidenceFile upload(String name, String text) throws IOException {
        return evidence.upload(owner, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
                evidence.today(tenant).minusDays(8), "review", List.of("164.312(b)"));
    }

    @Test
    void theSameBytesAreStoredOnceAndReadBackChecked() throws IOException {
        var first = upload("../../etc/passwd", "log review, October " + System.nanoTime());
        assertThat(first.fileName()).isEqualTo("passwd");
        var second = evidence.upload(owner, new ByteArrayInputStream(Files.readAllBytes(store.path(first.sha256()))), "copy.txt",
                evidence.today(tenant), null, List.of());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(store.path(first.sha256())).startsWith(store.path(first.sha256()).getParent().getParent().getParent());
        try (var in = evidence.open(owner, first.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("log review");
        }
        assertThat(evidence.linkedTo(tenant, "164.312(b)")).extracting(EvidenceFile::id).contains(first.id());
        assertThat(trail.page(tenant, "documents.evidence.view", 0, 5)).isNotEmpty();
    }

    @Test
    void aFileAlteredOnDiskIsReportedNotServed() throws IOException {
        var file = upload("restore-test.txt", "restore test " + System.nanoTime());
        Files.writeString(store.path(file.sha256()), "tampered");
        assertThatThrownBy(() -> evidence.open(owner, file.id())).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("no longer matches");
    }

    @Test
    void retainedEvidenceCannotBeDeletedUntilTheDayAfterRetentionEnds() throws IOException {
        var file = upload("signoff.txt", "access review sign-off " + System.nanoTime());
        assertThatThrownBy(() -> evidence.delete(owner, file.id())).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("retained until " + file.retainUntil());
        assertThat(trail.page(tenant, "documents.evidence.delete-refused", 0, 5)).hasSize(1);
        clock.set(file.retainUntil().atTime(12, 0).atZone(java.time.ZoneId.of("America/Los_Angeles")).toInstant());
        assertThatThrownBy(() -> evidence.delete(owner, file.id())).isInstanceOf(BusinessRuleViolation.class);
        clock.advance(Duration.ofDays(1));
        evidence.delete(owner, file.id());
        assertThatThrownBy(() -> evidence.get(owner, file.id())).isInstanceOf(NotFound.class);
        assertThat(Files.exists(store.path(file.sha256()))).isFalse();
    }

    @Test
    void aLegalHoldBlocksDeletionEvenAfterRetention() throws IOException {
        var file = upload("incident-file.txt", "incident notes " + System.nanoTime());
        evidence.setLegalHold(owner, file.id(), true, "OCR complaint 26-01234");
        clock.set(file.retainUntil().plusDays(30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThatThrownBy(() -> evidence.delete(owner, file.id())).hasMessageContaining("legal hold");
        evidence.setLegalHold(owner, file.id(), false, null);
        evidence.delete(owner, file.id());
    }

    @Test
    void theApiRefusesToDeleteRetainedEvidenceAndOthersCannotReachIt() throws Exception {
        var file = upload("review.txt", "review " + System.nanoTime());
        var person = fixtures.member(tenant, Role.OWNER);
        String token = fixtures.apiToken(person, tenant, Role.OWNER);
        mvc.perform(delete("/api/v1/tenants/" + tenant + "/evidence/" + file.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("documents.retained"));
        mvc.perform(get("/api/v1/tenants/" + tenant + "/evidence/" + file.id() + "/content").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(header().string("Digest", "sha-256=" + file.sha256()));
        TenantId other = fixtures.organization("Other");
        var outsider = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + other + "/evidence/" + file.id()).with(signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + other + "/evidence/" + file.id() + "/download").with(signedIn(outsider))).andExpect(status().isNotFound());
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(multipart("/t/" + tenant + "/evidence")
                .file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                .param("speaksFor", evidence.today(tenant).toString()).with(signedIn(auditor)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(evidence.list(owner)).hasSize(1);
    }

    @Test
    void aNewPolicyVersionKeepsThePreviousOneRetainedFromTheDayItEnded() throws IOException {
        var document = policies.create(owner, "Sanction Policy", DocumentKind.POLICY, "Dana", List.of("164.308(a)(1)(ii)(C)"));
        var today = evidence.today(tenant);
        var v1 = policies.addVersion(owner, document.id(), "1.0", text("v1"), "sanction-v1.txt", today.minusYears(2),
                today.minusYears(1), "Marcus", today.minusYears(2), null);
        policies.addVersion(owner, document.id(), "2.0", text("v2"), "sanction-v2.txt", today.minusMonths(13), today.minusMonths(1),
                "Marcus", today.minusMonths(13), "updated");
        var reloaded = policies.get(owner, document.id());
        assertThat(reloaded.currentOn(today).orElseThrow().label()).isEqualTo("2.0");
        assertThat(reloaded.reviewOverdueOn(today)).isTrue();
        assertThat(evidence.get(owner, v1.evidenceId()).retainUntil()).isEqualTo(today.plusYears(6)); // created today, the later date
        assertThatThrownBy(() -> evidence.delete(owner, v1.evidenceId())).isInstanceOf(BusinessRuleViolation.class);
    }

    private static ByteArrayInputStream text(String text) {
        return new ByteArrayInputStream((text + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
    }
}

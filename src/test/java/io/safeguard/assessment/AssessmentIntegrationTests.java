package io.safeguard.assessment;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Assessments on a real database: stored history, since when a gap is open, roles, tenants, pages and API. */
@IntegrationTest
abstract class AssessmentIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Assessments assessments;
    @Autowired Inventory inventory;
    @Autowired MutableClock clock;
    @Autowired OcrPackage ocrPackage;
    @Autowired io.safeguard.dashboard.Dashboard dashboard;
    @Autowired io.safeguard.practices.SecurityPractices practices;
    @Autowired io.safeguard.risk.Risks risks;
    @Autowired io.safeguard.documents.Policies policies;
    @Autowired io.safeguard.documents.Evidence evidence;
    @Autowired io.safeguard.incident.Incidents incidents;
    @Autowired io.safeguard.incident.IncidentLinks incidentLinks;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Assessed Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    @Test
    void aGapStaysOpenFromTheFirstAssessmentThatFoundItUntilOneFindsItMet() {
        var laptop = inventory.add(owner, laptop(Protection.NONE));
        var first = assessments.run(owner, assessments.today(tenant));
        assertThat(first.findings()).filteredOn(f -> f.requirement().equals("164.312(a)(2)(iv)")).singleElement()
                .satisfies(f -> assertThat(f.gaps()).contains("laptop-12: ePHI at rest not encrypted."));
        assertThat(first.openSince()).containsEntry("164.312(a)(2)(iv)", first.asOf());
        assertThat(first.findings()).filteredOn(f -> f.requirement().equals("164.308(a)(1)(ii)(A)")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.NOT_MET));

        clock.advance(Duration.ofDays(2));
        var second = assessments.run(owner, assessments.today(tenant));
        assertThat(second.openSince()).containsEntry("164.312(a)(2)(iv)", first.asOf()); // still open since the first day

        inventory.update(owner, laptop.id(), laptop(Protection.FULL));
        var third = assessments.run(owner, assessments.today(tenant));
        assertThat(third.findings()).filteredOn(f -> f.requirement().equals("164.312(a)(2)(iv)")).singleElement()
                .satisfies(f -> assertThat(f.status()).isNotEqualTo(FindingStatus.NOT_MET));
        assertThat(assessments.history(owner)).extracting(AssessmentSummary::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(Assessments.changes(second, third)).extracting(Assessments.Change::requirement).contains("164.312(a)(2)(iv)");
        assertThatThrownBy(() -> assessments.run(owner, assessments.today(tenant).plusDays(1))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void theDashboardShowsTheLatestScoreAndDeadlinesAndSeesEveryChange() {
        assertThat(dashboard.of(owner).latest()).isNull();
        var first = assessments.run(owner, assessments.today(tenant)); // recorded in the trail: the dashboard recomputes
        assertThat(dashboard.of(owner).latest().score()).isEqualTo(first.score());
        assertThat(dashboard.of(owner).topFindings()).isNotEmpty().allMatch(f -> f.status() != FindingStatus.MET);
        assertThat(dashboard.of(owner).deadlines()).isEmpty();
        var laptop = inventory.add(owner, laptop(Protection.NONE));
        var risk = risks.add(owner, new io.safeguard.risk.RiskDetails(new io.safeguard.risk.RiskTarget(io.safeguard.risk.TargetKind.ASSET,
                laptop.id().toString(), "laptop-12"), null, "Theft", null, "Unencrypted", "None", 4, 4));
        risks.treat(owner, risk.id(), new io.safeguard.risk.Treatment(io.safeguard.risk.Strategy.MITIGATE, 1, 4, null, null, null,
                assessments.today(tenant)));
        risks.addMeasure(owner, risk.id(), "Encrypt laptop-12", "IT", assessments.today(tenant).plusDays(10), null, null);
        assertThat(dashboard.of(owner).deadlines()).singleElement()
                .satisfies(d -> assertThat(d.what()).isEqualTo("R-001: Encrypt laptop-12"))
                .satisfies(d -> assertThat(d.daysLeft()).isEqualTo(10));
    }

    @Test
    void auditorsReadAndOnlyEditorsRunAndOtherOrganizationsSeeNothing() throws Exception {
        var stored = assessments.run(owner, assessments.today(tenant));
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        assertThatThrownBy(() -> assessments.run(new TenantScope(tenant, auditor.id(), Role.AUDITOR), assessments.today(tenant)))
                .isInstanceOf(AccessDenied.class);
        mvc.perform(get("/t/" + tenant + "/assessment").with(signedIn(auditor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("164.308(a)(1)(ii)(A)")));
        mvc.perform(post("/t/" + tenant + "/assessment").with(signedIn(auditor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/t/" + tenant + "/assessment/" + stored.id() + "/report.pdf").with(signedIn(auditor)))
                .andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/assessment/" + stored.id() + "/oscal.json").with(signedIn(auditor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$['assessment-results'].results[0].findings").isArray());

        TenantId other = fixtures.organization("Other Clinic");
        mvc.perform(get("/portfolio/readiness").with(signedIn(auditor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Assessed Clinic")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(String.valueOf(stored.score()))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Other Clinic"))));
        assertThatThrownBy(() -> assessments.get(fixtures.ownerScope(other), stored.id())).isInstanceOf(NotFound.class);
        var stranger = fixtures.member(other, Role.OWNER);
        String token = fixtures.apiToken(stranger, other, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + tenant + "/assessments").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tenants/" + other + "/assessments/" + stored.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        String own = fixtures.apiToken(fixtures.member(tenant, Role.COMPLIANCE_OFFICER), tenant, Role.COMPLIANCE_OFFICER);
        mvc.perform(post("/api/v1/tenants/" + tenant + "/assessments").header("Authorization", "Bearer " + own))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.findings[0].status").value("NOT_MET"))
                .andExpect(jsonPath("$.asOf").value(assessments.today(tenant).toString()));
    }

    @Test
    void theOcrPackageHoldsTheFilesItsIndexAndManifestListWithTheirHashes() throws Exception {
        var lost = inventory.add(owner, laptop(Protection.NONE));
        var today = assessments.today(tenant);
        var incident = incidents.report(owner, new io.safeguard.incident.IncidentDetails("Lost laptop-12", "Left on a bus",
                today.minusDays(20), null, today.minusDays(19), "Dana", java.util.List.of(lost.id()), java.util.List.of(),
                java.util.List.of("Name"), 12, java.util.Map.of("OR", 12), 0));
        incidents.addToTimeline(owner, incident.id(), today.minusDays(18), "Police report filed");
        incidents.determine(owner, incident.id(), io.safeguard.incident.Conclusion.BREACH, null, io.safeguard.incident.RiskAssessment.NONE,
                "Unencrypted laptop, not recovered");
        var police = evidence.upload(owner, new java.io.ByteArrayInputStream("police report".getBytes()), "police.txt",
                today.minusDays(18), "Police report", java.util.List.of());
        incidentLinks.link(owner, incident.id(), io.safeguard.incident.IncidentLinks.Kind.EVIDENCE, police.id());
        var policy = policies.create(owner, "Security Policy", io.safeguard.documents.DocumentKind.POLICY, "Dana", java.util.List.of("164.316(a)"));
        policies.addVersion(owner, policy.id(), "1.0", new java.io.ByteArrayInputStream("policy text".getBytes()), "policy.txt",
                today.minusMonths(2), today.plusMonths(10), "Dana", today.minusMonths(2), null);
        evidence.upload(owner, new java.io.ByteArrayInputStream("reviewed the EHR log".getBytes()), "../../log-review.txt",
                today.minusDays(5), "October review", java.util.List.of("164.308(a)(1)(ii)(D)"));
        var mfa = evidence.upload(owner, new java.io.ByteArrayInputStream("MFA enrollment report".getBytes()), "mfa-report.txt",
                today.minusMonths(14), "MFA enrollment", java.util.List.of("164.312(d)"));
        practices.follow(owner, java.util.List.of("nist-csf-2.0"));
        practices.record(owner, new io.safeguard.practices.AdoptionDetails("nist-csf-2.0", "PR.AA-03", today.minusMonths(14), null,
                "MFA for every account", java.util.List.of(mfa.id())));
        var zip = new java.io.ByteArrayOutputStream();
        var entries = ocrPackage.write(owner, today.minusYears(1), today, zip);
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsKeys("index.html", "manifest.csv", "policies/Security-Policy/1.0-policy.txt",
                "activity-review/" + today.minusDays(5) + "-log-review.txt", "training/training-status-" + today + ".csv",
                "baas/agreements.csv", "assessment/assessment-" + today + ".pdf", "assessment/assessment-" + today + ".json",
                "practices/practices-" + today + ".csv", "practices/evidence/" + today.minusMonths(14) + "-mfa-report.txt",
                "incidents/incidents.csv", "incidents/timelines.csv", "incidents/INC-001/" + today.minusDays(18) + "-police.txt");
        assertThat(new String(files.get("incidents/incidents.csv"))).contains("INC-001", "Lost laptop-12", "Unencrypted laptop, not recovered",
                "Notice to individuals");
        assertThat(new String(files.get("incidents/timelines.csv"))).contains("Police report filed");
        assertThat(new String(files.get("practices/practices-" + today + ".csv"))).contains("PR.AA-03", "IN_PLACE");
        assertThat(files.keySet()).allMatch(name -> !name.contains("..") && !name.startsWith("/"));
        assertThat(new String(files.get("policies/Security-Policy/1.0-policy.txt"))).isEqualTo("policy text");
        String manifest = new String(files.get("manifest.csv"));
        for (var e : entries) {
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(files.get(e.path())));
            assertThat(e.sha256()).isEqualTo(sha);
            assertThat(manifest).contains(e.path()).contains(sha);
        }
        assertThat(new String(files.get("index.html"))).contains("Assessed Clinic", "policies/Security-Policy/1.0-policy.txt");
        assertThatThrownBy(() -> ocrPackage.write(owner, today, today.plusDays(1), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    static AssetDetails laptop(Protection atRest) {
        return new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Dana", "Billing", true, null, atRest, null, false,
                Protection.FULL, null, "Dana", null, null, true, null, Backup.OFFSITE, null, "Windows 11", true, RemoteMfa.YES, false, null);
    }
}

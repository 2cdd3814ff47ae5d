package io.safeguard.practices;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Adoption records are appended with their evidence, the look-back follows the injected clock in the organization's
 * time zone, and nothing crosses into another organization or is changed by an auditor.
 */
@IntegrationTest
abstract class PracticeIntegrationTests {
    static final String HICP = PracticeLibrary.HICP;
    static final String CSF = PracticeLibrary.CSF;
    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SecurityPractices practices;
    @Autowired Evidence evidence;
    @Autowired ActivityTrail trail;
    @Autowired MutableClock clock;
    @Autowired io.safeguard.bundle.Bundles bundles;
    @Autowired io.safeguard.organization.Organizations organizations;
    @Autowired PracticesDemo demo;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Practices Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    private EvidenceFile upload(TenantScope scope, String name, LocalDate speaksFor) throws IOException {
        return evidence.upload(scope, new ByteArrayInputStream((name + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
                name, speaksFor, "practice evidence", List.of());
    }

    private Adoption adopt(String practice, LocalDate on, EvidenceFile... files) {
        return practices.record(owner, new AdoptionDetails(HICP, practice, on, null, "Spam filter and MFA on mail",
                java.util.Arrays.stream(files).map(EvidenceFile::id).toList()));
    }

    private PracticeStanding standing(String practice) {
        return practices.coverage(tenant, practices.today(tenant)).framework(HICP).orElseThrow().practices().stream()
                .filter(p -> p.practice().id().equals(practice)).findFirst().orElseThrow();
    }

    @Test
    void theTwelveMonthBoundaryIsTheOrganizationsDayOnTheInjectedClock() throws IOException {
        practices.follow(owner, List.of(HICP));
        LocalDate adopted = practices.today(tenant).minusDays(10);
        adopt("1.S.A", adopted, upload(owner, "mail-filter-config.txt", adopted));
        LocalDate boundary = adopted.plusMonths(12);

        clock.set(ZonedDateTime.of(boundary.minusDays(1), LocalTime.of(23, 59), ZONE).toInstant());
        assertThat(standing("1.S.A").standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing("1.S.A").gaps()).containsExactly("adopted " + adopted + ": in place 11 of the 12 months");
        // A minute before midnight in Los Angeles is already the boundary day in UTC (7 or 8 hours ahead, DST or not).
        var lastMinute = ZonedDateTime.of(boundary, LocalTime.MIDNIGHT, ZONE).minusMinutes(1).toInstant();
        assertThat(java.time.LocalDate.ofInstant(lastMinute, ZoneId.of("UTC"))).isEqualTo(boundary);
        clock.set(lastMinute);
        assertThat(standing("1.S.A").standing()).isEqualTo(Standing.PARTIAL);

        clock.set(ZonedDateTime.of(boundary, LocalTime.of(0, 1), ZONE).toInstant());
        assertThat(practices.today(tenant)).isEqualTo(boundary);
        assertThat(standing("1.S.A").standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(standing("1.S.A").gaps()).isEmpty();
        var coverage = practices.coverage(tenant, boundary);
        assertThat(coverage.periodStart()).isEqualTo(adopted);
        assertThat(coverage.answer()).isEqualTo(Answer.PARTIALLY);
        assertThat(coverage.framework(HICP).orElseThrow()).satisfies(f -> {
            assertThat(f.applicable()).isEqualTo(19);
            assertThat(f.inPlace()).isEqualTo(1);
            assertThat(f.notAdopted()).isEqualTo(18);
            assertThat(f.summary()).isEqualTo("1 of 19 applicable practices in place for the whole 12 months");
        });
    }

    @Test
    void changesAppendRecordsAndRetirementAndMissingEvidenceAreGaps() throws IOException {
        practices.follow(owner, List.of(HICP, CSF));
        LocalDate today = practices.today(tenant);
        Adoption first = adopt("2.S.A", today.minusYears(2));
        assertThat(standing("2.S.A").gaps()).containsExactly("no evidence linked");

        var report = upload(owner, "edr-coverage-report.pdf", today.minusDays(3));
        adopt("2.S.A", today.minusYears(2), report);
        assertThat(standing("2.S.A").standing()).isEqualTo(Standing.IN_PLACE);

        practices.retire(owner, HICP, "2.S.A", today.minusMonths(2));
        assertThat(standing("2.S.A").standing()).isEqualTo(Standing.PARTIAL);
        assertThat(standing("2.S.A").gaps()).containsExactly("retired " + today.minusMonths(2) + ": in place 10 of the 12 months");

        var history = practices.history(owner, HICP, "2.S.A");
        assertThat(history).hasSize(3);
        assertThat(history.getFirst()).isEqualTo(first);
        assertThat(history).extracting(Adoption::retiredOn).containsExactly(null, null, today.minusMonths(2));
        assertThat(history.getLast().evidenceIds()).containsExactly(report.id());
        assertThat(history).extracting(Adoption::recordedBy).containsOnly(Fixtures.ADMIN_EMAIL);
        assertThat(trail.page(tenant, "practices.adoption.record", 0, 10)).hasSize(2);
        assertThat(trail.page(tenant, "practices.adoption.retire", 0, 10)).hasSize(1);
        assertThat(trail.page(tenant, "practices.frameworks.choose", 0, 10)).hasSize(1);

        assertThatThrownBy(() -> practices.retire(owner, HICP, "2.S.A", today)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("retired on");
        assertThat(practices.coverage(tenant, today).framework(CSF).orElseThrow().applicable()).isEqualTo(106);
    }

    @Test
    void recordsAreRefusedForFrameworksNotFollowedPracticesOfAnotherSizeAndFutureDates() {
        LocalDate today = practices.today(tenant);
        assertThatThrownBy(() -> adopt("1.S.A", today)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("does not follow");
        practices.follow(owner, List.of(HICP));
        assertThatThrownBy(() -> adopt("1.M.A", today)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("small");
        assertThatThrownBy(() -> adopt("1.S.A", today.plusDays(1))).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> adopt("9.Z.Z", today)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> practices.record(owner, new AdoptionDetails(HICP, "1.S.A", today, today.minusDays(1), "x", List.of())))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> practices.record(owner, new AdoptionDetails(HICP, "1.S.A", today, null, "  ", List.of())))
                .isInstanceOf(BusinessRuleViolation.class);
        adopt("1.S.A", today);
        assertThatThrownBy(() -> adopt("1.S.A", today)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already");
        assertThatThrownBy(() -> practices.follow(owner, List.of("iso-27001"))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anotherOrganizationsEvidenceIsNotFound() throws Exception {
        practices.follow(owner, List.of(HICP));
        TenantId other = fixtures.organization("Other Practice");
        var foreign = upload(fixtures.ownerScope(other), "their-report.txt", practices.today(other));
        assertThatThrownBy(() -> adopt("1.S.A", practices.today(tenant), foreign)).isInstanceOf(NotFound.class);

        var member = fixtures.member(tenant, Role.OWNER);
        String token = fixtures.apiToken(member, tenant, Role.OWNER);
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/adoptions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(adoptionJson("1.S.A", practices.today(tenant), foreign)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/t/" + tenant + "/practices/" + HICP + "/1.S.A/adoption").with(signedIn(member)).with(csrf())
                .param("adoptedOn", practices.today(tenant).toString()).param("implementation", "x")
                .param("evidenceIds", foreign.id().toString()))
                .andExpect(status().isNotFound());
        assertThat(practices.history(owner, HICP, "1.S.A")).isEmpty();
    }

    @Test
    void anotherOrganizationsPagesAndApiAreNotFound() throws Exception {
        practices.follow(owner, List.of(HICP));
        adopt("1.S.A", practices.today(tenant));
        TenantId other = fixtures.organization("Elsewhere Clinic");
        var outsider = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + tenant + "/practices").with(signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + tenant + "/practices/" + HICP + "/1.S.A").with(signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(post("/t/" + tenant + "/practices/frameworks").with(signedIn(outsider)).with(csrf()).param("frameworks", CSF))
                .andExpect(status().isNotFound());
        String token = fixtures.apiToken(outsider, other, Role.OWNER);
        for (String path : new String[] {"/practices", "/practices/coverage", "/practices/frameworks", "/practices/" + HICP + "/1.S.A"}) {
            mvc.perform(get("/api/v1/tenants/" + tenant + path).header("Authorization", "Bearer " + token))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/adoptions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(adoptionJson("1.S.B", practices.today(tenant))))
                .andExpect(status().isNotFound());
        // The other organization's own views show none of this organization's records.
        mvc.perform(get("/api/v1/tenants/" + other + "/practices/coverage").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("NO_FRAMEWORK"));
        assertThat(practices.followed(other)).isEmpty();
        assertThat(practices.history(owner, HICP, "1.S.B")).isEmpty();
    }

    @Test
    void anAuditorReadsButChangesNothing() throws Exception {
        practices.follow(owner, List.of(HICP));
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/practices").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/practices/" + HICP + "/1.S.A").with(signedIn(auditor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Record adoption"))));
        mvc.perform(post("/t/" + tenant + "/practices/" + HICP + "/1.S.A/adoption").with(signedIn(auditor)).with(csrf())
                .param("adoptedOn", practices.today(tenant).toString()).param("implementation", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/t/" + tenant + "/practices/frameworks").with(signedIn(auditor)).with(csrf()).param("frameworks", CSF))
                .andExpect(status().isForbidden());
        String token = fixtures.apiToken(auditor, tenant, Role.AUDITOR);
        mvc.perform(get("/api/v1/tenants/" + tenant + "/practices/coverage").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/adoptions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(adoptionJson("1.S.A", practices.today(tenant))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/tenants/" + tenant + "/practices/frameworks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"frameworks\":[]}"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> practices.follow(new TenantScope(tenant, auditor.id(), Role.AUDITOR), List.of()))
                .isInstanceOf(io.safeguard.shared.AccessDenied.class);
        assertThat(practices.followed(tenant)).containsExactly(HICP);
        assertThat(practices.history(owner, HICP, "1.S.A")).isEmpty();
    }

    @Test
    void thePagesChooseFrameworksRecordAdoptionAndFilter() throws Exception {
        var member = fixtures.member(tenant, Role.CONTRIBUTOR);
        mvc.perform(get("/t/" + tenant + "/practices").with(signedIn(member))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("None chosen yet")));
        mvc.perform(post("/t/" + tenant + "/practices/frameworks").with(signedIn(member)).with(csrf())
                .param("frameworks", HICP, CSF)).andExpect(status().is3xxRedirection());
        assertThat(practices.followed(tenant)).containsExactly(HICP, CSF);

        LocalDate today = practices.today(tenant);
        var file = upload(owner, "phishing-simulation-2025.txt", today.minusMonths(13));
        mvc.perform(post("/t/" + tenant + "/practices/" + HICP + "/1.S.A/adoption").with(signedIn(member)).with(csrf())
                .param("adoptedOn", today.minusMonths(14).toString()).param("implementation", "M365 Defender, DMARC reject")
                .param("evidenceIds", file.id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/t/" + tenant + "/practices/" + HICP + "/1.S.B/adoption").with(signedIn(member)).with(csrf())
                .param("adoptedOn", today.plusDays(3).toString()).param("implementation", "later"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("today or earlier")));
        assertThat(standing("1.S.A").standing()).isEqualTo(Standing.IN_PLACE);

        mvc.perform(get("/t/" + tenant + "/practices/" + HICP + "/1.S.A").with(signedIn(member))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("M365 Defender, DMARC reject")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("phishing-simulation-2025.txt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("In place 12 months")));
        mvc.perform(get("/t/" + tenant + "/practices").with(signedIn(member)).param("framework", HICP).param("status", "in-place"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Showing <span>1</span> of <span>19</span> practices")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Partially")));
        mvc.perform(get("/t/" + tenant + "/practices").with(signedIn(member)).param("framework", CSF).param("q", "PR.AA-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Showing <span>1</span> of <span>106</span> practices")));
        mvc.perform(post("/t/" + tenant + "/practices/" + HICP + "/1.S.A/retirement").with(signedIn(member)).with(csrf())
                .param("on", today.toString())).andExpect(status().is3xxRedirection());
        assertThat(practices.history(owner, HICP, "1.S.A")).hasSize(2);
    }

    @Test
    void theApiAnswersForAnAsOfDateAndRecordsAdoptions() throws Exception {
        var member = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);
        String token = fixtures.apiToken(member, tenant, Role.COMPLIANCE_OFFICER);
        mvc.perform(put("/api/v1/tenants/" + tenant + "/practices/frameworks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"frameworks\":[\"" + HICP + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value(HICP)).andExpect(jsonPath("$[0].followed").value(true))
                .andExpect(jsonPath("$[0].applicable").value(19));
        LocalDate today = practices.today(tenant);
        var file = upload(owner, "mfa-enrolment.csv", today.minusMonths(6));
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/adoptions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(adoptionJson("3.S.A", today.minusMonths(18), file)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.practiceId").value("3.S.A"))
                .andExpect(jsonPath("$.evidenceIds[0]").value(file.id().toString()));
        mvc.perform(get("/api/v1/tenants/" + tenant + "/practices/coverage").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("PARTIALLY"))
                .andExpect(jsonPath("$.frameworks[0].inPlace").value(1));
        mvc.perform(get("/api/v1/tenants/" + tenant + "/practices/coverage").param("asOf", today.minusMonths(7).toString())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("NO"))
                .andExpect(jsonPath("$.periodStart").value(today.minusMonths(19).toString()));
        mvc.perform(get("/api/v1/tenants/" + tenant + "/practices").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(19));
        mvc.perform(get("/api/v1/tenants/" + tenant + "/practices/" + HICP + "/3.S.A").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(1));
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/" + HICP + "/3.S.A/retirement").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"" + today + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.retiredOn").value(today.toString()));
        mvc.perform(post("/api/v1/tenants/" + tenant + "/practices/adoptions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(adoptionJson("1.M.A", today)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theRiversideDemoAnswersPartiallyAndLoadsOnce() throws IOException {
        demo.on(new io.safeguard.organization.DemoOrganizationLoaded(tenant, "riverside"));
        var coverage = practices.coverage(tenant, LocalDate.of(2026, 11, 23));
        assertThat(coverage.answer()).isEqualTo(Answer.PARTIALLY);
        assertThat(coverage.frameworks()).extracting(FrameworkCoverage::framework, FrameworkCoverage::inPlace,
                FrameworkCoverage::partial, FrameworkCoverage::notAdopted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HICP, 8, 4, 7), org.assertj.core.groups.Tuple.tuple(CSF, 8, 2, 96));
        var hicp = coverage.framework(HICP).orElseThrow().practices();
        assertThat(hicp).filteredOn(p -> p.standing() == Standing.PARTIAL).extracting(p -> p.practice().id() + ": " + p.gaps())
                .containsExactly("1.S.C: [adopted 2026-07-01: in place 4 of the 12 months]",
                        "3.S.A: [adopted 2026-04-10: in place 7 of the 12 months]",
                        "6.S.B: [retired 2026-06-30: in place 7 of the 12 months]",
                        "10.S.A: [no evidence linked]");
        assertThat(practices.history(owner, HICP, "4.S.B")).extracting(Adoption::adoptedOn)
                .containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 5, 20));
        int files = evidence.all(tenant).size();
        demo.on(new io.safeguard.organization.DemoOrganizationLoaded(tenant, "riverside"));
        assertThat(evidence.all(tenant)).hasSize(files);
        assertThat(practices.history(owner, HICP, "4.S.B")).hasSize(2);
    }

    @Test
    void practicesTravelInTheBundleAndComeBackByteIdentical(@TempDir Path folder) throws IOException {
        practices.follow(owner, List.of(HICP, CSF));
        LocalDate today = practices.today(tenant);
        var policy = upload(owner, "email-security-standard.pdf", today.minusYears(2));
        var report = upload(owner, "phishing report 2026.txt", today.minusDays(20));
        adopt("1.S.A", today.minusYears(2), policy, report);
        practices.record(owner, new AdoptionDetails(HICP, "1.S.A", today.minusYears(2), null,
                "=Filtering, \"DMARC\" reject;\nquarantine reviewed weekly", List.of(report.id(), policy.id())));
        adopt("2.S.A", today.minusMonths(5));
        practices.retire(owner, HICP, "2.S.A", today.minusDays(1));
        practices.record(owner, new AdoptionDetails(CSF, "GV.OC-01", today.minusMonths(30), null, "Mission in the charter",
                List.of(policy.id())));

        Path first = folder.resolve("first");
        bundles.export(owner, first);
        TenantId copy = bundles.importAsNew(fixtures.admin().id(), true, first);
        Path second = folder.resolve("second");
        bundles.export(fixtures.ownerScope(copy), second);

        assertThat(files(second)).isEqualTo(files(first));
        assertThat(files(first).get("practices/frameworks.yaml")).contains(HICP, CSF, Fixtures.ADMIN_EMAIL);
        assertThat(files(first).get("practices/adoptions.csv"))
                .startsWith("framework,practice,adoptedOn,retiredOn,implementation,evidence,recordedBy,recordedAt")
                .contains(report.sha256() + "/phishing report 2026.txt; " + policy.sha256() + "/email-security-standard.pdf")
                .contains("'=Filtering");
        var original = practices.coverage(tenant, today);
        var imported = practices.coverage(copy, today);
        assertThat(imported.answer()).isEqualTo(original.answer());
        assertThat(imported.frameworks()).extracting(FrameworkCoverage::inPlace, FrameworkCoverage::partial)
                .isEqualTo(original.frameworks().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.inPlace(), f.partial())).toList());
        var copied = practices.history(fixtures.ownerScope(copy), HICP, "1.S.A");
        assertThat(copied).hasSize(2);
        assertThat(copied.getLast().implementation()).isEqualTo("=Filtering, \"DMARC\" reject;\nquarantine reviewed weekly");
        assertThat(copied.getLast().evidenceIds()).containsExactly(
                evidence.find(copy, report.sha256(), report.fileName()).orElseThrow().id(),
                evidence.find(copy, policy.sha256(), policy.fileName()).orElseThrow().id());

        Files.writeString(first.resolve("practices/adoptions.csv"), Files.readString(first.resolve("practices/adoptions.csv"))
                .replace("GV.OC-01", "GV.XX-99"));
        int before = organizations.portfolio(fixtures.admin().id()).size();
        assertThatThrownBy(() -> bundles.importAsNew(fixtures.admin().id(), true, first)).hasMessageContaining("GV.XX-99");
        assertThat(organizations.portfolio(fixtures.admin().id())).hasSize(before);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private static String adoptionJson(String practice, LocalDate adopted, EvidenceFile... files) {
        String ids = String.join(",", java.util.Arrays.stream(files).map(f -> "\"" + f.id() + "\"").toList());
        return "{\"framework\":\"" + HICP + "\",\"practiceId\":\"" + practice + "\",\"adoptedOn\":\"" + adopted
                + "\",\"implementation\":\"Duo MFA\",\"evidenceIds\":[" + ids + "]}";
    }
}

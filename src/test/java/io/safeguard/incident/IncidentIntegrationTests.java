package io.safeguard.incident;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.identity.ActivityTrail;
import io.safeguard.inventory.Asset;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Incidents on a real database: intake checks the involved assets belong to the tenant, the timeline and the
 * determinations are only appended, the safe harbor follows the encryption record of the day, and deadlines count
 * days left in the organization's zone.
 */
@IntegrationTest
abstract class IncidentIntegrationTests {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Incidents incidents;
    @Autowired io.safeguard.incident.HhsReports hhsReports;
    @Autowired io.safeguard.dashboard.Dashboard dashboard;
    @Autowired Inventory inventory;
    @Autowired MutableClock clock;
    @Autowired ActivityTrail trail;
    @Autowired IncidentLinks links;
    @Autowired IncidentDemo demo;
    @Autowired Tabletops tabletops;
    @Autowired io.safeguard.documents.Evidence evidence;
    @Autowired io.safeguard.risk.Risks risks;

    TenantId tenant;
    TenantScope owner;
    Asset laptop;

    @BeforeEach
    void organization() {
        at(LocalDate.of(2026, 1, 9));
        tenant = fixtures.organization("Incident Clinic " + UUID.randomUUID().toString().substring(0, 6));
        owner = fixtures.ownerScope(tenant);
        laptop = inventory.add(owner, laptop("laptop-12", Protection.NONE, false));
        at(LocalDate.of(2026, 1, 10));
        inventory.update(owner, laptop.id(), laptop("laptop-12", Protection.FULL, true)); // encrypted on 10 January
        at(LocalDate.of(2026, 3, 5));
    }

    @Test
    void intakeRecordsTheFactsAndTheTimelineIsOnlyAppended() {
        Incident incident = incidents.report(owner, lostLaptop(LocalDate.of(2026, 3, 2), 620, Map.of("OR", 501, "WA", 119)));
        assertThat(incident.code()).isEqualTo("INC-001");
        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.details().assetIds()).containsExactly(laptop.id());
        assertThat(incident.details().perState()).containsEntry("OR", 501).containsEntry("WA", 119);
        assertThat(incident.details().phiTypes()).containsExactly("Name", "Date of birth", "Diagnosis");

        incidents.addToTimeline(owner, incident.id(), LocalDate.of(2026, 3, 3), "Police report filed");
        Incident later = incidents.addToTimeline(owner, incident.id(), null, "Remote wipe attempted");
        assertThat(later.status()).isEqualTo(IncidentStatus.ASSESSING);
        assertThat(later.timeline()).extracting(TimelineEntry::text).containsExactly("Police report filed", "Remote wipe attempted");
        assertThat(later.timeline().get(1).happenedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(later.timeline()).allSatisfy(e -> assertThat(e.author()).isEqualTo(Fixtures.ADMIN_EMAIL));
        assertThatThrownBy(() -> incidents.addToTimeline(owner, incident.id(), null, " ")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void theDeterminationIsKeptWithWhoDecidedAndWhyAndEarlierOnesStay() {
        Incident incident = incidents.report(owner, lostLaptop(LocalDate.of(2026, 1, 9), 40, Map.of("OR", 40)));
        var assessment = new RiskAssessment(new Factor("Names, dates of birth and diagnoses of 40 patients", Judgement.HIGH),
                new Factor("Unknown thief", Judgement.HIGH), new Factor("Not known", Judgement.HIGH), new Factor("Remote wipe failed", Judgement.HIGH));
        assertThat(incidents.propose(owner, incident.id(), null, assessment)).isEqualTo(Conclusion.BREACH);
        assertThatThrownBy(() -> incidents.determine(owner, incident.id(), Conclusion.NOT_A_BREACH_LOW_PROBABILITY, null, assessment, "Hope"))
                .isInstanceOf(BusinessRuleViolation.class);
        incidents.determine(owner, incident.id(), Conclusion.BREACH, null, RiskAssessment.NONE, "First look: presumed a breach");
        clock.advance(java.time.Duration.ofMinutes(5));
        Incident decided = incidents.determine(owner, incident.id(), Conclusion.BREACH, null, assessment, "All four factors high");

        assertThat(decided.status()).isEqualTo(IncidentStatus.DETERMINED);
        assertThat(decided.determinations()).hasSize(2);
        Determination d = decided.determination();
        assertThat(d.rationale()).isEqualTo("All four factors high");
        assertThat(d.decidedBy()).isEqualTo(Fixtures.ADMIN_EMAIL);
        assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(d.assessment()).isEqualTo(assessment);
        assertThat(d.safeHarborBasis()).contains("laptop-12: NOT secured on 2026-01-09");
        assertThat(trail.page(tenant, "incident.determine", 0, 10)).anySatisfy(e -> assertThat(e.detail()).contains("INC-001: BREACH. All four factors high"));
    }

    @Test
    void theSafeHarborFollowsTheEncryptionRecordOfTheDay() {
        Incident dayBefore = incidents.report(owner, lostLaptop(LocalDate.of(2026, 1, 9), 40, Map.of()));
        Incident dayOf = incidents.report(owner, lostLaptop(LocalDate.of(2026, 1, 10), 40, Map.of()));

        SafeHarbor before = incidents.safeHarbor(owner, dayBefore.id());
        assertThat(before.applies()).isFalse();
        assertThat(before.summary()).isEqualTo("Not secured: laptop-12.");
        assertThatThrownBy(() -> incidents.determine(owner, dayBefore.id(), Conclusion.SECURED_PHI_SAFE_HARBOR, null, RiskAssessment.NONE, "x"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("laptop-12");

        SafeHarbor on = incidents.safeHarbor(owner, dayOf.id());
        assertThat(on.applies()).isTrue();
        assertThat(on.basis()).contains("laptop-12: BitLocker XTS-AES, FIPS validated, full encryption at rest on 2026-01-10 (recorded 2026-01-10 by "
                + Fixtures.ADMIN_EMAIL + ")");
        assertThat(incidents.propose(owner, dayOf.id(), null, RiskAssessment.NONE)).isEqualTo(Conclusion.SECURED_PHI_SAFE_HARBOR);
        Incident secured = incidents.determine(owner, dayOf.id(), Conclusion.SECURED_PHI_SAFE_HARBOR, null, RiskAssessment.NONE,
                "Encrypted per the inventory");
        assertThat(secured.determination().safeHarborBasis()).contains("BitLocker XTS-AES");
        assertThat(incidents.deadlines(owner, dayOf.id())).isEmpty();
    }

    @Test
    void aWeakeningInsideTheIncidentPeriodDeniesTheSafeHarborEvenIfUndoneBeforeItsEnd() {
        at(LocalDate.of(2026, 2, 1));
        inventory.update(owner, laptop.id(), laptop("laptop-12", Protection.NONE, false)); // BitLocker suspended for an update
        at(LocalDate.of(2026, 2, 10));
        inventory.update(owner, laptop.id(), laptop("laptop-12", Protection.FULL, true));
        at(LocalDate.of(2026, 3, 5));
        var spanning = new IncidentDetails("Laptop shared with a contractor", "laptop-12 lent out", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), "Dana", List.of(laptop.id()), List.of(), List.of("Name"), 3, Map.of(), 0);
        SafeHarbor harbor = incidents.safeHarbor(owner, incidents.report(owner, spanning).id());
        assertThat(harbor.applies()).isFalse();
        assertThat(harbor.checks()).extracting(AssetCheck::on)
                .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20));
        assertThat(harbor.basis()).contains("laptop-12: NOT secured on 2026-02-01");

        var afterwards = new IncidentDetails("Laptop lent again", "laptop-12 lent out", LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "Dana", List.of(laptop.id()), List.of(), List.of("Name"), 3, Map.of(), 0);
        assertThat(incidents.safeHarbor(owner, incidents.report(owner, afterwards).id()).applies()).isTrue();
    }

    @Test
    void aBreachHasDeadlinesWithDaysLeftInTheOrganizationsZone() {
        Incident incident = incidents.report(owner, lostLaptop(LocalDate.of(2026, 3, 2), 620, Map.of("OR", 501, "WA", 119)));
        incidents.determine(owner, incident.id(), Conclusion.BREACH, null, RiskAssessment.NONE, "Unencrypted at the time");
        List<Deadline> deadlines = incidents.deadlines(owner, incident.id());
        assertThat(deadlines).extracting(d -> d.obligation().citation())
                .containsExactly("45 CFR 164.404(b)", "45 CFR 164.406", "45 CFR 164.408(b)");
        assertThat(deadlines.getFirst().obligation().dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(deadlines.getFirst().daysLeft()).isEqualTo(57);
        // 23:59 in Oregon on 5 March is already 6 March in UTC: still 57 days left.
        clock.set(ZonedDateTime.of(LocalDate.of(2026, 3, 5), LocalTime.of(23, 59), PACIFIC).toInstant());
        assertThat(incidents.deadlines(owner, incident.id()).getFirst().daysLeft()).isEqualTo(57);
        assertThat(dashboard.of(owner).deadlines()).filteredOn(d -> d.kind().equals("Breach notice"))
                .extracting(d -> d.what() + " " + d.due() + " " + d.daysLeft())
                .contains(incident.code() + " " + incident.details().title() + ": Notice to individuals 2026-05-01 57");

        incidents.recordDelay(owner, incident.id(), new io.safeguard.incident.LawEnforcementDelay(LocalDate.of(2026, 3, 4), false, null),
                "Det. Ruiz, Portland Police Bureau");
        assertThat(incidents.deadlines(owner, incident.id()).getFirst().obligation().dueOn()).isEqualTo(LocalDate.of(2026, 5, 31)); // oral, 4 March: 30 days
        assertThat(incidents.get(owner, incident.id()).delayOfficial()).isEqualTo("Det. Ruiz, Portland Police Bureau");
    }

    @Test
    void anotherTenantsIncidentsAndAssetsAreNotFoundAndAuditorsCannotChange() throws Exception {
        Incident mine = incidents.report(owner, lostLaptop(LocalDate.of(2026, 3, 2), 3, Map.of()));
        TenantId other = fixtures.organization("Other Clinic " + UUID.randomUUID().toString().substring(0, 6));
        TenantScope otherOwner = fixtures.ownerScope(other);
        assertThatThrownBy(() -> incidents.get(otherOwner, mine.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> incidents.addToTimeline(otherOwner, mine.id(), null, "x")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> incidents.report(otherOwner, lostLaptop(LocalDate.of(2026, 3, 2), 3, Map.of())))
                .isInstanceOf(NotFound.class).hasMessageContaining(laptop.id().toString());
        var auditor = new TenantScope(tenant, owner.accountId(), Role.AUDITOR);
        assertThat(incidents.get(auditor, mine.id()).id()).isEqualTo(mine.id());
        assertThatThrownBy(() -> incidents.addToTimeline(auditor, mine.id(), null, "x")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> incidents.determine(auditor, mine.id(), Conclusion.BREACH, null, RiskAssessment.NONE, "x"))
                .isInstanceOf(AccessDenied.class);
    }


    @Test
    void filesAndRisksAreLinkedOnceAndOnlyFromTheSameOrganization() throws Exception {
        Incident incident = incidents.report(owner, lostLaptop(LocalDate.of(2026, 3, 2), 3, Map.of()));
        var police = evidence.upload(owner, new java.io.ByteArrayInputStream(("police report " + UUID.randomUUID()).getBytes()),
                "police-report.pdf.txt", LocalDate.of(2026, 3, 4), "Police report of the theft", List.of());
        var risk = risks.add(owner, new io.safeguard.risk.RiskDetails(new io.safeguard.risk.RiskTarget(io.safeguard.risk.TargetKind.ASSET, laptop.id().toString(), "laptop-12"),
                null, "Theft of a laptop", null, "Laptops left in cars", null, 3, 4));
        links.link(owner, incident.id(), IncidentLinks.Kind.EVIDENCE, police.id());
        links.link(owner, incident.id(), IncidentLinks.Kind.EVIDENCE, police.id());
        links.link(owner, incident.id(), IncidentLinks.Kind.RISK, risk.id());
        assertThat(links.attachments(owner, incident.id())).extracting(f -> f.id()).containsExactly(police.id());
        assertThat(links.linkedRisks(owner, incident.id())).extracting(r -> r.id()).containsExactly(risk.id());

        TenantId other = fixtures.organization("Link Clinic " + UUID.randomUUID().toString().substring(0, 6));
        TenantScope otherOwner = fixtures.ownerScope(other);
        var theirs = evidence.upload(otherOwner, new java.io.ByteArrayInputStream(("theirs " + UUID.randomUUID()).getBytes()),
                "theirs.txt", LocalDate.of(2026, 3, 4), null, List.of());
        assertThatThrownBy(() -> links.link(owner, incident.id(), IncidentLinks.Kind.EVIDENCE, theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> links.link(otherOwner, incident.id(), IncidentLinks.Kind.EVIDENCE, theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> links.attachments(otherOwner, incident.id())).isInstanceOf(NotFound.class);
        var auditor = new TenantScope(tenant, owner.accountId(), Role.AUDITOR);
        assertThatThrownBy(() -> links.link(auditor, incident.id(), IncidentLinks.Kind.RISK, risk.id())).isInstanceOf(AccessDenied.class);

        String page = mvc.perform(get("/t/" + tenant + "/incidents/" + incident.id()).with(signedIn(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("police-report.pdf.txt").contains(risk.code() + ": Theft of a laptop");
        var stranger = fixtures.member(other, Role.OWNER);
        mvc.perform(post("/t/" + tenant + "/incidents/" + incident.id() + "/links").with(signedIn(stranger)).with(csrf())
                .param("kind", "RISK").param("targetId", risk.id().toString())).andExpect(status().isNotFound());
        String mine = fixtures.apiToken(fixtures.member(tenant, Role.COMPLIANCE_OFFICER), tenant, Role.COMPLIANCE_OFFICER);
        String body = mvc.perform(get("/api/v1/tenants/" + tenant + "/incidents/" + incident.id() + "/links").header("Authorization", "Bearer " + mine))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(police.id().toString(), "police-report.pdf.txt", risk.code());
        String theirToken = fixtures.apiToken(stranger, other, Role.OWNER);
        mvc.perform(post("/api/v1/tenants/" + other + "/incidents/" + incident.id() + "/links").header("Authorization", "Bearer " + theirToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"EVIDENCE\",\"targetId\":\"" + theirs.id() + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoIncidentsLoadOnceWithTheirDeterminationsAndOnlyThoseAlreadyDiscovered() throws Exception {
        inventory.add(owner, laptop("laptop-07", Protection.FULL, true));
        at(LocalDate.of(2026, 9, 1));
        demo.on(new io.safeguard.organization.DemoOrganizationLoaded(tenant, "riverside"));
        assertThat(incidents.all(tenant)).extracting(i -> i.details().title()).containsExactly("Lab results faxed to the wrong pharmacy");

        TenantId later = fixtures.organization("Demo Clinic " + UUID.randomUUID().toString().substring(0, 6));
        inventory.add(fixtures.ownerScope(later), laptop("laptop-12", Protection.NONE, false));
        inventory.add(fixtures.ownerScope(later), laptop("laptop-07", Protection.FULL, true));
        at(LocalDate.of(2026, 11, 23));
        demo.on(new io.safeguard.organization.DemoOrganizationLoaded(later, "riverside"));
        demo.on(new io.safeguard.organization.DemoOrganizationLoaded(later, "riverside"));
        var loaded = incidents.all(later);
        assertThat(loaded).hasSize(2);
        Incident fax = loaded.stream().filter(i -> i.details().affected() == 1).findFirst().orElseThrow();
        Incident laptop = loaded.stream().filter(i -> i.details().affected() == 14).findFirst().orElseThrow();
        assertThat(fax.breach()).isFalse();
        assertThat(fax.timeline()).hasSize(3);
        assertThat(laptop.breach()).isTrue();
        SafeHarbor harbor = incidents.safeHarbor(fixtures.ownerScope(later), laptop.id());
        assertThat(harbor.summary()).isEqualTo("Not secured: laptop-12.");
        assertThat(harbor.checks()).filteredOn(AssetCheck::secured).extracting(AssetCheck::assetName).containsOnly("laptop-07");
        var exercises = tabletops.list(fixtures.ownerScope(later));
        assertThat(exercises).hasSize(1);
        assertThat(tabletops.heldWithinYear(later, LocalDate.of(2026, 11, 23))).isEmpty(); // held June 2025: the test is due
        assertThat(incidents.deadlines(later, laptop)).anySatisfy(d -> {
            assertThat(d.obligation().notice()).isEqualTo("Notice to individuals");
            assertThat(d.obligation().dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
    }

    @Test
    void theHhsReportAndTheAnnualLogAreDraftedFromTheIncident() throws Exception {
        at(LocalDate.of(2026, 11, 23));
        Incident large = incidents.report(owner, lostLaptop(LocalDate.of(2026, 3, 2), 620, Map.of("OR", 501, "WA", 119)));
        incidents.determine(owner, large.id(), Conclusion.BREACH, null, RiskAssessment.NONE, "Unencrypted at the time");
        var report = hhsReports.report(owner, large.id());
        assertThat(report.citation()).isEqualTo("45 CFR 164.408(b)");
        assertThat(report.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(report.sections()).flatExtracting(HhsReport.Section::fields).extracting(f -> f.label() + "=" + f.value())
                .contains("Breach affecting=500 or more individuals", "Location of breached information=Laptop",
                        "Approximate number of individuals affected=620",
                        "Was media notice required?=Yes (more than 500 residents of a State or jurisdiction)");
        assertThat(report.placeholders()).isPositive();
        Incident small = incidents.report(owner, lostLaptop(LocalDate.of(2026, 6, 1), 40, Map.of("OR", 40)));
        incidents.determine(owner, small.id(), Conclusion.BREACH, null, RiskAssessment.NONE, "Unencrypted at the time");
        assertThat(hhsReports.annualLog(owner, 2026)).extracting(HhsReport::incidentCode).containsExactly(small.code());
        assertThat(hhsReports.annualLog(owner, 2026).getFirst().dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(hhsReports.annualLog(owner, 2025)).isEmpty();
        byte[] pdf = hhsReports.pdf("Annual log", hhsReports.annualLog(owner, 2026), LocalDate.of(2027, 3, 1));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(small.code(), "Type of breach", "Location of breached information Laptop");
        }
        mvc.perform(get("/t/" + tenant + "/incidents/annual-log").param("year", "2026").with(signedIn(fixtures.admin())))
                .andExpect(status().isOk());
    }

    @Test
    void theNoticeDraftHasEveryElementAndThePagesAndApiKeepTenantsApart() throws Exception {
        Incident incident = incidents.report(owner, new IncidentDetails("Lost laptop-12", "A laptop was stolen from a car.",
                LocalDate.of(2026, 3, 2), null, LocalDate.of(2026, 3, 3), "Dana", List.of(laptop.id()), List.of(),
                List.of("Name", "Social Security number"), 40, Map.of(), 12));
        var person = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);
        byte[] pdf = mvc.perform(get("/t/" + tenant + "/incidents/" + incident.id() + "/notice.pdf").with(signedIn(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("What happened").contains("A laptop was stolen from a car.").contains("discovered on 2026-03-03")
                .contains("name, social security number").contains("164.404(c)(1)(E)").contains("[TO COMPLETE: toll-free telephone number]")
                .contains("credit monitoring").contains("90 days");

        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/incidents/" + incident.id()).with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(post("/t/" + tenant + "/incidents/" + incident.id() + "/timeline").with(signedIn(auditor)).with(csrf())
                .param("text", "x")).andExpect(status().isForbidden());
        TenantId other = fixtures.organization("Other Clinic " + UUID.randomUUID().toString().substring(0, 6));
        var stranger = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + other + "/incidents/" + incident.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        String token = fixtures.apiToken(stranger, other, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + other + "/incidents/" + incident.id() + "/deadlines").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/t/" + tenant + "/incidents/" + incident.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tenants/" + other + "/incidents").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"x","whatHappened":"y","occurredFrom":"2026-03-01","discoveredOn":"2026-03-01","discoveredBy":"z",
                         "assetIds":["%s"],"vendorIds":[],"phiTypes":[],"affected":1,"perState":{},"missingContact":0}""".formatted(laptop.id())))
                .andExpect(status().isNotFound());
    }

    IncidentDetails lostLaptop(LocalDate on, int affected, Map<String, Integer> perState) {
        return new IncidentDetails("Lost laptop-12", "laptop-12 was left on a bus", on, null, on, "Dana Reyes, billing",
                List.of(laptop.id()), List.of(), List.of("Name", "Date of birth", "Diagnosis"), affected, perState, 0);
    }

    void at(LocalDate day) {
        clock.set(ZonedDateTime.of(day, LocalTime.NOON, PACIFIC).toInstant());
    }

    static AssetDetails laptop(String name, Protection atRest, boolean fips) {
        return new AssetDetails(name, AssetType.LAPTOP, null, "Dana", "Billing office", true, null, atRest,
                atRest == Protection.FULL ? "BitLocker XTS-AES" : null, fips, Protection.FULL, null, null, null, null, true, null,
                Backup.NONE, null, "Windows 11", true, RemoteMfa.YES, false, null);
    }
}

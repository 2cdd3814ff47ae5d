package io.safeguard.risk;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import io.safeguard.vendor.PhiHandling;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.VendorCategory;
import io.safeguard.vendor.VendorDetails;
import io.safeguard.vendor.Vendors;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The risk analysis and plan on a real database: completion freezes a dated version, staleness follows the inventory
 * and the clock in the tenant's time zone, the threshold decides treatment, and nothing crosses tenants.
 */
@IntegrationTest
abstract class RiskIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Risks risks;
    @Autowired RiskAnalyses analyses;
    @Autowired RiskReports reports;
    @Autowired Inventory inventory;
    @Autowired Organizations organizations;
    @Autowired MutableClock clock;
    @Autowired Vendors vendors;
    @Autowired ThreatLibrary library;
    @Autowired io.safeguard.identity.ActivityTrail trail;
    @Autowired Questionnaire questionnaire;
    @Autowired io.safeguard.catalog.Catalogs catalogs;

    TenantId tenant;
    TenantScope owner;
    Asset laptop;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Risk Clinic");
        owner = fixtures.ownerScope(tenant);
        laptop = inventory.add(owner, laptop("laptop-12", Protection.NONE));
        inventory.addDataFlow(owner, "Laptop to EHR", laptop.id(), null, null, "Hosted EHR", null, "Charts", "HTTPS", true, "Daily");
    }

    @Test
    void completingFreezesADatedVersionThatLaterChangesDoNotTouch() {
        Risk theft = risks.add(owner, theft(laptop, 4, 4));
        Analysis first = ready("Risk analysis 2026");
        AnalysisDocument v1 = analyses.complete(owner, first.id());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.analysisDate()).isEqualTo(risks.today(tenant));
        assertThat(v1.keptUntil()).isEqualTo(risks.today(tenant).plusYears(6));
        assertThat(v1.completeness()).allMatch(CompletenessElement::met);

        risks.update(owner, theft.id(), theft(laptop, 2, 4));
        assertThat(analyses.document(owner, first.id()).risks()).singleElement()
                .satisfies(r -> assertThat(r.details().likelihood()).isEqualTo(4));
        assertThatThrownBy(() -> analyses.describe(owner, first.id(), "Changed", "x", "y", "z"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> analyses.complete(owner, first.id())).isInstanceOf(BusinessRuleViolation.class);
        String flow = v1.scope().stream().filter(i -> i.kind() == TargetKind.DATA_FLOW).findFirst().orElseThrow().key();
        assertThatThrownBy(() -> analyses.include(owner, first.id(), flow)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> analyses.exclude(owner, first.id(), flow, "x")).isInstanceOf(BusinessRuleViolation.class);

        Analysis second = analyses.start(owner, "Risk analysis 2027");
        assertThat(second.method()).isEqualTo("NIST SP 800-30 Rev. 1"); // carried over from the last version
        analyses.complete(owner, second.id());
        var comparison = analyses.compare(owner, second.id(), first.id());
        assertThat(comparison.from().version()).isEqualTo(1);
        assertThat(comparison.rerated()).singleElement().satisfies(r -> assertThat(r.levelAfter()).isEqualTo(RiskLevel.LOW));
        assertThat(analyses.list(owner)).extracting(Analysis::version).containsExactly(2, 1);
    }

    @Test
    void completionIsRefusedWhileTheAnalysisIsIncomplete() {
        Analysis analysis = analyses.start(owner, "Checklist");
        assertThatThrownBy(() -> analyses.complete(owner, analysis.id())).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("laptop-12 (asset): no threat or vulnerability identified");
        risks.add(owner, new RiskDetails(target(laptop), "theft-loss", "Theft", null, "Unencrypted", null, 4, null));
        analyses.describe(owner, analysis.id(), "Checklist", "All ePHI", "Method", "Dana");
        assertThatThrownBy(() -> analyses.complete(owner, analysis.id())).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("current security measures not documented").hasMessageContaining("impact not rated");
        assertThat(analyses.document(owner, analysis.id()).completeness()).filteredOn(e -> !e.met())
                .extracting(CompletenessElement::number).containsExactly(3, 4, 6, 7, 8, 9); // 3: the data flow is not covered
    }

    @Test
    void anAssetAddedAfterTheAnalysisPutsItOutOfDateAndSoDoesTheEndOfTheReviewPeriod() {
        risks.add(owner, theft(laptop, 4, 4));
        Analysis analysis = ready("RA");
        analyses.complete(owner, analysis.id());
        assertThat(analyses.currency(tenant)).hasValueSatisfying(c -> assertThat(c.current()).isTrue());

        clock.advance(Duration.ofMinutes(5));
        inventory.add(owner, laptop("pacs-01", Protection.FULL));
        var stale = analyses.currency(tenant).orElseThrow();
        assertThat(stale.current()).isFalse();
        assertThat(stale.outside()).containsExactly("pacs-01 (asset added " + risks.today(tenant) + ")");
        assertThat(risks.planStatus(tenant).open()).isEqualTo(1);

        TenantId quiet = fixtures.organization("Quiet Clinic");
        TenantScope quietOwner = fixtures.ownerScope(quiet);
        Asset ehr = inventory.add(quietOwner, laptop("ehr", Protection.FULL));
        inventory.addDataFlow(quietOwner, "EHR to lab", ehr.id(), null, null, "Lab", null, null, null, true, null);
        risks.add(quietOwner, theft(ehr, 2, 4));
        Analysis q = ready(quietOwner, "RA");
        LocalDate completedOn = analyses.complete(quietOwner, q.id()).analysisDate();
        var zone = organizations.get(quiet).zone();
        clock.set(ZonedDateTime.of(completedOn.plusMonths(12), LocalTime.of(23, 59), zone).toInstant());
        assertThat(analyses.currency(quiet).orElseThrow().current()).isTrue(); // the due day itself, late evening in Los Angeles
        clock.set(ZonedDateTime.of(completedOn.plusMonths(12).plusDays(1), LocalTime.of(0, 1), zone).toInstant());
        assertThat(analyses.currency(quiet).orElseThrow().reasons()).singleElement().asString().contains("was due for review on");
    }

    @Test
    void flowsAndVendorsAddedAndMaterialChangesPutItOutOfDateButANewContactDoesNot() {
        var details = new VendorDetails("Acme Billing", VendorCategory.BILLING, "Claims", new PhiHandling(false, true, true, false),
                "Ann", "ann@acme.test", null, null);
        Vendor acme = vendors.create(owner, details);
        risks.add(owner, theft(laptop, 4, 4));
        Analysis first = ready("RA");
        analyses.complete(owner, first.id());
        clock.advance(Duration.ofMinutes(5));
        vendors.update(owner, acme.id(), new VendorDetails("Acme Billing", VendorCategory.BILLING, "Claims and statements",
                new PhiHandling(false, true, true, false), "Bo", "bo@acme.test", null, null));
        assertThat(analyses.currency(tenant).orElseThrow().current()).isTrue(); // a new contact changes no risk

        String today = risks.today(tenant).toString();
        vendors.update(owner, acme.id(), new VendorDetails("Acme Billing", VendorCategory.BILLING, "Claims", new PhiHandling(true, true,
                true, true), "Bo", "bo@acme.test", null, null));
        inventory.addDataFlow(owner, "Laptop to Acme", laptop.id(), null, null, "Acme Billing", null, null, "SFTP", true, null);
        inventory.update(owner, laptop.id(), laptop("laptop-12", Protection.FULL));
        assertThat(analyses.currency(tenant).orElseThrow().outside()).containsExactlyInAnyOrder(
                "laptop-12 (asset changed " + today + ")", "Laptop to Acme (data flow added " + today + ")",
                "Acme Billing (vendor changed " + today + ")");

        // The next analysis carries over the exclusion of the unchanged flow, not the one of the changed vendor.
        Analysis next = analyses.start(owner, "RA 2");
        var scope = analyses.document(owner, next.id()).scope();
        assertThat(scope).filteredOn(i -> i.label().equals("Laptop to EHR")).singleElement().satisfies(i -> assertThat(i.included()).isFalse());
        assertThat(scope).filteredOn(i -> i.label().equals("Acme Billing")).singleElement().satisfies(i -> assertThat(i.uncovered()).isTrue());
        assertThatThrownBy(() -> analyses.start(owner, "RA 3")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void mitigationWithoutAPlannedMeasureIsNoTreatment() {
        Risk high = risks.add(owner, theft(laptop, 4, 4));
        risks.treat(owner, high.id(), new Treatment(Strategy.MITIGATE, 1, 1, null, null, null, risks.today(tenant)));
        assertThat(risks.planStatus(tenant).untreated()).containsExactly("R-001 laptop-12 (High, mitigation with no measure planned)");
        assertThatThrownBy(() -> risks.addMeasure(owner, high.id(), "Encrypt", "IT", null, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("due date");
        assertThatThrownBy(() -> risks.addMeasure(owner, high.id(), "Encrypt", " ", risks.today(tenant), null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("owns");
        risks.addMeasure(owner, high.id(), "Encrypt", "IT", risks.today(tenant).plusDays(10), null, null);
        assertThat(risks.planStatus(tenant).onTrack()).isTrue();
    }

    @Test
    void theThresholdDecidesWhatNeedsTreatmentAndOverdueMeasuresAreNamed() {
        Risk moderate = risks.add(owner, theft(laptop, 3, 3));
        assertThat(risks.planStatus(tenant).untreated()).containsExactly("R-001 laptop-12 (Moderate)");
        risks.updateSettings(owner, new RiskSettings(RiskMatrix.NIST_800_30, RiskLevel.HIGH, 12));
        assertThat(risks.planStatus(tenant).untreated()).isEmpty();
        assertThat(risks.register(owner, RegisterFilter.ALL).current().count(3, 3)).isEqualTo(1);

        risks.treat(owner, moderate.id(), new Treatment(Strategy.MITIGATE, 1, 3, null, null, null, risks.today(tenant)));
        LocalDate due = risks.today(tenant);
        Risk planned = risks.addMeasure(owner, moderate.id(), "Turn on BitLocker", "IT", due, "164.312(a)(2)(iv)", null);
        assertThat(risks.planStatus(tenant).overdue()).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(risks.planStatus(tenant).overdue()).containsExactly("R-001 Turn on BitLocker (due " + due + ")");
        risks.progress(owner, planned.measures().getFirst().id(), MeasureStatus.DONE, "Encrypted and key escrowed", null);
        Risk done = risks.get(owner, moderate.id());
        assertThat(done.measures().getFirst().notes()).extracting(ProgressNote::text).containsExactly("Encrypted and key escrowed");
        assertThat(risks.planStatus(tenant).onTrack()).isTrue();
        assertThat(risks.register(owner, RegisterFilter.ALL).residual().count(1, 3)).isEqualTo(1);
        assertThatThrownBy(() -> risks.addMeasure(owner, moderate.id(), "x", null, null, "164.999(z)", null))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void questionnaireAnswersBecomeDraftsOnceAndOnlyConfirmedRisksCount() {
        Map<String, Questionnaire.Answer> answers = Map.of("laptops-encrypted", Questionnaire.Answer.NO,
                "restore-tested", Questionnaire.Answer.UNSURE, "unique-user-ids", Questionnaire.Answer.YES);
        var drafts = risks.answer(owner, answers);
        assertThat(drafts).hasSize(2).allMatch(r -> r.status() == RiskStatus.DRAFT && r.origin() == RiskOrigin.QUESTIONNAIRE);
        assertThat(risks.answer(owner, answers)).isEmpty();
        assertThat(risks.planStatus(tenant).open()).isZero();
        risks.confirm(owner, drafts.getFirst().id());
        assertThat(risks.planStatus(tenant).open()).isEqualTo(1);

        var suggested = risks.suggestions(owner);
        assertThat(suggested).extracting(s -> s.vulnerability().id()).contains("unencrypted-endpoint");
        risks.addSuggestions(owner, suggested.stream().map(Suggestion::key).toList());
        assertThat(risks.suggestions(owner)).isEmpty();
    }

    @Test
    void acceptingARiskIsAManagementDecision() throws Exception {
        Risk risk = risks.add(owner, theft(laptop, 3, 3));
        var contributor = fixtures.member(tenant, Role.CONTRIBUTOR);
        var scope = new TenantScope(tenant, contributor.id(), Role.CONTRIBUTOR);
        var acceptance = new Treatment(Strategy.ACCEPT, null, null, "Low value", "Dr. Park", risks.today(tenant).plusMonths(6),
                risks.today(tenant));
        assertThatThrownBy(() -> risks.treat(scope, risk.id(), acceptance)).isInstanceOf(AccessDenied.class);
        var transfer = new Treatment(Strategy.TRANSFER, null, null, "Insurance", null, null, risks.today(tenant));
        assertThatThrownBy(() -> risks.treat(scope, risk.id(), transfer)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> risks.close(scope, risk.id(), "Gone")).isInstanceOf(AccessDenied.class);
        risks.treat(owner, risk.id(), acceptance);
        var mitigation = new Treatment(Strategy.MITIGATE, 1, 3, null, null, null, risks.today(tenant));
        assertThatThrownBy(() -> risks.treat(scope, risk.id(), mitigation)).as("replacing an acceptance").isInstanceOf(AccessDenied.class);
        Risk low = risks.add(scope, theft(laptop, 1, 2));
        risks.close(scope, low.id(), "Laptop replaced"); // below the threshold: a contributor may close it
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(post("/t/" + tenant + "/risks/new").with(signedIn(auditor)).with(csrf()).param("target", "ORGANIZATION")
                .param("threat", "Fire").param("vulnerability", "No plan")).andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganizationsRisksAndAssetsAreNotFound() throws Exception {
        Risk mine = risks.add(owner, theft(laptop, 3, 3));
        TenantId other = fixtures.organization("Other Clinic");
        TenantScope otherOwner = fixtures.ownerScope(other);
        assertThatThrownBy(() -> risks.get(otherOwner, mine.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> risks.add(otherOwner, theft(laptop, 3, 3))).isInstanceOf(NotFound.class);
        risks.treat(owner, mine.id(), new Treatment(Strategy.MITIGATE, 1, 3, null, null, null, risks.today(tenant)));
        var measure = risks.addMeasure(owner, mine.id(), "Encrypt", "IT", risks.today(tenant), null, null).measures().getFirst();
        assertThatThrownBy(() -> risks.progress(otherOwner, measure.id(), MeasureStatus.DONE, "done", null)).isInstanceOf(NotFound.class);
        Analysis analysis = analyses.start(owner, "Mine");
        assertThatThrownBy(() -> analyses.get(otherOwner, analysis.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> analyses.exclude(otherOwner, analysis.id(), "x", "y")).isInstanceOf(NotFound.class);
        mvc.perform(get("/t/" + other + "/risks/analyses/" + analysis.id() + "/report.pdf").with(signedIn(fixtures.member(other, Role.OWNER))))
                .andExpect(status().isNotFound());
        var stranger = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + tenant + "/risks/" + mine.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + other + "/risks/" + mine.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        String token = fixtures.apiToken(stranger, other, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + tenant + "/risks").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tenants/" + other + "/risks/" + mine.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tenants/" + other + "/risks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"target":{"kind":"ASSET","ref":"%s","label":"x"},"threat":"Theft","vulnerability":"None",
                         "likelihood":3,"impact":3}""".formatted(laptop.id()))).andExpect(status().isNotFound());
    }

    @Test
    void theReportPdfCarriesScopeFindingsPlanAndSignOff() throws Exception {
        Risk risk = risks.add(owner, theft(laptop, 4, 4));
        risks.treat(owner, risk.id(), new Treatment(Strategy.MITIGATE, 1, 4, null, null, null, risks.today(tenant)));
        risks.addMeasure(owner, risk.id(), "Enable BitLocker on laptop-12", "Northwest IT", risks.today(tenant).plusDays(30), null, null);
        Analysis analysis = ready("Security risk analysis 2026");
        AnalysisDocument doc = analyses.complete(owner, analysis.id());
        byte[] pdf = reports.pdf(doc);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Risk Clinic", "Security risk analysis 2026", "Version 1, dated " + doc.analysisDate(),
                "1. Scope", "laptop-12", "Loss or theft", "High", "6. Risk management plan", "Enable BitLocker on laptop-12",
                "Completed and signed off by", "Page 1 of");
        mvc.perform(get("/t/" + tenant + "/risks/analyses/" + analysis.id() + "/report.pdf").with(signedIn(fixtures.admin())))
                .andExpect(status().isOk());
        assertThat(trail.page(tenant, "risk.analysis.report", 0, 5)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("PDF of version 1"));
    }

    @Test
    void everyRequirementTheLibraryAndQuestionnaireCiteIsInTheCatalog() {
        LocalDate today = risks.today(tenant);
        for (var v : library.vulnerabilities()) {
            assertThat(v.requirements()).allSatisfy(id -> assertThat(catalogs.find(tenant, today, id)).as(v.id() + " cites " + id).isPresent());
        }
        assertThat(questionnaire.questions()).allSatisfy(q ->
                assertThat(catalogs.find(tenant, today, q.requirement())).as(q.id()).isPresent());
    }

    private Analysis ready(String title) {
        return ready(owner, title);
    }

    /** An analysis with its description, the data flows left out with a justification (risks cover the assets). */
    private Analysis ready(TenantScope scope, String title) {
        Analysis analysis = analyses.start(scope, title);
        analyses.describe(scope, analysis.id(), title, "All ePHI of the clinic", "NIST SP 800-30 Rev. 1", "Dana (security official)");
        analyses.document(scope, analysis.id()).scope().stream().filter(i -> i.kind() != TargetKind.ASSET && i.uncovered())
                .forEach(i -> analyses.exclude(scope, analysis.id(), i.key(), "Assessed with the hosted EHR's analysis"));
        return analyses.get(scope, analysis.id());
    }

    static RiskDetails theft(Asset asset, int likelihood, int impact) {
        return new RiskDetails(target(asset), "theft-loss", "Loss or theft of equipment", "unencrypted-endpoint",
                "Laptop without encryption at rest", "Screen lock after 5 minutes", likelihood, impact);
    }

    static RiskTarget target(Asset asset) {
        return new RiskTarget(TargetKind.ASSET, asset.id().toString(), asset.name());
    }

    static AssetDetails laptop(String name, Protection atRest) {
        return new AssetDetails(name, AssetType.LAPTOP, null, "Dana", "Billing office", true, null, atRest, null, false,
                Protection.FULL, null, null, null, null, true, null, Backup.NONE, null, "Windows 11", true, RemoteMfa.YES, false, null);
    }
}

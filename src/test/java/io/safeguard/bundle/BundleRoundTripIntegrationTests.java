package io.safeguard.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.catalog.AddressableDecisions;
import io.safeguard.catalog.Decision;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.vendor.PhiHandling;
import io.safeguard.vendor.VendorCategory;
import io.safeguard.vendor.VendorDetails;
import io.safeguard.vendor.Vendors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Export, import into a new organization, export again: the two folders are identical, file for file. */
@IntegrationTest
abstract class BundleRoundTripIntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired Bundles bundles;
    @Autowired Organizations organizations;
    @Autowired Vendors vendors;
    @Autowired AddressableDecisions decisions;
    @Autowired io.safeguard.workforce.Workforce workforce;
    @Autowired io.safeguard.workforce.AccessReviews reviews;
    @Autowired io.safeguard.inventory.Inventory inventory;
    @Autowired io.safeguard.documents.Policies policies;
    @Autowired io.safeguard.documents.Evidence evidence;
    @Autowired io.safeguard.risk.RiskAnalyses analyses;
    @Autowired io.safeguard.risk.RiskAnalyses riskAnalyses;
    @Autowired io.safeguard.risk.Risks risks;
    @Autowired io.safeguard.incident.Incidents incidents;
    @Autowired io.safeguard.incident.IncidentLinks incidentLinks;
    @Autowired io.safeguard.incident.Tabletops tabletops;
    @Autowired io.safeguard.penalty.CorrectiveActionPlans plans;
    @Autowired io.safeguard.support.MutableClock clock;

    @Test
    void exportImportExportGivesIdenticalFiles(@TempDir Path folder) throws IOException {
        TenantId original = fixtures.organization("Round Trip Clinic");
        var owner = fixtures.ownerScope(original);
        organizations.addSite(owner, "Main, \"North\" wing", "1 Main St\nSuite 2", "OR");
        var billing = vendors.create(owner, new VendorDetails("Acme Billing", VendorCategory.BILLING, "=claims, \"statements\"",
                new PhiHandling(false, true, true, true), "Ann", "ann@acme.example", null, null));
        vendors.create(owner, new VendorDetails("Sub Clearinghouse", VendorCategory.BILLING, null,
                new PhiHandling(false, false, false, true), null, null, billing.id(), "Subcontractor of Acme"));
        var today = vendors.today(original);
        vendors.recordBaa(owner, billing.id(), today.minusDays(40), today.minusDays(30), today.plusYears(2), "billing", null);
        vendors.addCloudService(owner, billing.id(), "aws", "aws-s3", "Amazon S3", null, "us-west-2", List.of("versioning", "replication"), true);
        vendors.editEligibility(owner, "zoom", "zoom-healthcare", "Zoom for Healthcare", true, List.of("Healthcare"),
                List.of("Cloud recording transcripts"), "read on the Zoom BAA, 2026-11", "dana@clinic.test");
        decisions.decide(owner, "164.312(a)(2)(iii)", Decision.IMPLEMENTED, "Screens lock after ten minutes; the EHR logs off after 15.",
                null, today.plusYears(1));

        var member = workforce.add(owner, new io.safeguard.workforce.MemberDetails("E1", "Ana Alvarez", "ana@clinic.example",
                "Nurse", "Clinical", null, today.minusYears(3), null, true));
        var course = workforce.addCourse(owner, "SEC", "Security awareness", 12, 30, io.safeguard.workforce.Course.Audience.EVERYONE);
        workforce.recordCompletion(owner, member.id(), course.id(), today.minusDays(10));
        workforce.grant(owner, member.id(), "EHR", "ana", "Clinical", today.minusYears(3));
        var campaign = reviews.launch(owner, "Q4 review", io.safeguard.workforce.ReviewCampaign.Mode.PER_SYSTEM, today.plusDays(7),
                java.util.Map.of("EHR", "Grace"));
        reviews.decide(owner, campaign.id(), campaign.items().getFirst().id(), io.safeguard.workforce.ReviewCampaign.Decision.KEEP, "ok, \"fine\"");
        reviews.signOff(owner, campaign.id());
        reviews.addSanction(owner, member.id(), today.minusDays(2), "Access Control", "shared a password", io.safeguard.workforce.Sanction.Type.WARNING, "Marcus");

        var pc = inventory.add(owner, new io.safeguard.inventory.AssetDetails("ws-01", io.safeguard.inventory.AssetType.WORKSTATION,
                "Front desk", "Dana", "Main", true, 100, io.safeguard.inventory.Protection.FULL, "BitLocker", true,
                io.safeguard.inventory.Protection.FULL, "TLS", "Dana", 12, today.minusMonths(2), true, "SIEM",
                io.safeguard.inventory.Backup.OFFSITE, today.minusMonths(1), "Windows 11", true,
                io.safeguard.inventory.RemoteMfa.YES, false, null));
        inventory.addDataFlow(owner, "Claims", pc.id(), null, null, "Acme Billing", null, "claims", "SFTP", true, "daily");

        var policy = policies.create(owner, "Sanction Policy", io.safeguard.documents.DocumentKind.POLICY, "Dana",
                List.of("164.308(a)(1)(ii)(C)"));
        policies.addVersion(owner, policy.id(), "1.0", new java.io.ByteArrayInputStream(("sanctions " + System.nanoTime()).getBytes()),
                "sanction.txt", today.minusYears(1), today.plusDays(10), "Marcus", today.minusYears(1), null);
        var review = evidence.upload(owner, new java.io.ByteArrayInputStream(("log review " + System.nanoTime()).getBytes()),
                "review.txt", today.minusDays(3), "October review", List.of("164.312(b)"));
        evidence.setLegalHold(owner, review.id(), true, "complaint 26-1");

        // Two measures planned out of alphabetical order, one proven by the evidence file, and a frozen version.
        var risk = risks.add(owner, new io.safeguard.risk.RiskDetails(new io.safeguard.risk.RiskTarget(
                io.safeguard.risk.TargetKind.ASSET, pc.id().toString(), "ws-01"), "ransomware", "Ransomware", null,
                "Macros enabled", "Defender", 4, 4));
        risks.treat(owner, risk.id(), new io.safeguard.risk.Treatment(io.safeguard.risk.Strategy.MITIGATE, 2, 4, null, null, null, today));
        risks.addMeasure(owner, risk.id(), "Roll out MFA", "Dana", today.plusDays(30), "164.312(d)", review.id());
        risks.addMeasure(owner, risk.id(), "Configure backups", "Dana", today.plusDays(60), null, null);
        var analysis = riskAnalyses.start(owner, "RA");
        riskAnalyses.describe(owner, analysis.id(), "RA", "All ePHI", "NIST SP 800-30", "Dana");
        riskAnalyses.document(owner, analysis.id()).scope().stream().filter(i -> i.uncovered())
                .forEach(i -> riskAnalyses.exclude(owner, analysis.id(), i.key(), "Assessed with the vendor"));
        riskAnalyses.complete(owner, analysis.id());

        // An incident with every part: assets and vendors by name, counts per State, a delay, two determinations, links.
        var incident = incidents.report(owner, new io.safeguard.incident.IncidentDetails("Stolen laptop, \"front desk\"",
                "=HYPERLINK(\"x\") taken from a car\nsecond line", today.minusDays(20), today.minusDays(19), today.minusDays(18),
                "Dana", List.of(pc.id()), List.of(billing.id()), List.of("Names", "Dates of birth"), 620, Map.of("OR", 501, "WA", 119), 12));
        incidents.addToTimeline(owner, incident.id(), today.minusDays(17), "Police report filed");
        incidents.addToTimeline(owner, incident.id(), today.minusDays(16), "Remote wipe attempted");
        incidents.recordDelay(owner, incident.id(), new io.safeguard.incident.LawEnforcementDelay(today.minusDays(15), false, null),
                "Det. Ruiz, Portland Police");
        var factor = new io.safeguard.incident.Factor("Wiped within an hour", io.safeguard.incident.Judgement.LOW);
        incidents.determine(owner, incident.id(), io.safeguard.incident.Conclusion.NOT_A_BREACH_LOW_PROBABILITY, null,
                new io.safeguard.incident.RiskAssessment(factor, factor, factor, factor), "All four factors low");
        clock.advance(java.time.Duration.ofMinutes(5));
        incidents.determine(owner, incident.id(), io.safeguard.incident.Conclusion.BREACH, null,
                io.safeguard.incident.RiskAssessment.NONE, "The wipe was not confirmed");
        incidentLinks.link(owner, incident.id(), io.safeguard.incident.IncidentLinks.Kind.EVIDENCE, review.id());
        incidentLinks.link(owner, incident.id(), io.safeguard.incident.IncidentLinks.Kind.RISK, risk.id());
        incidents.report(owner, new io.safeguard.incident.IncidentDetails("Misdirected fax", "Sent to the wrong clinic",
                today.minusDays(3), null, today.minusDays(3), "Front desk", List.of(), List.of(), List.of(), 1, Map.of(), 0));
        var exercise = tabletops.schedule(owner, "ransomware", today.minusDays(30), "Dana", null);
        tabletops.held(owner, exercise.id(), today.minusDays(30), "Dana, Marcus, \"IT\"");
        tabletops.note(owner, exercise.id(), 1, "Nobody knew the IT provider's after-hours number");
        tabletops.finding(owner, exercise.id(), "No offline copy of the call tree");
        tabletops.schedule(owner, "ehr-downtime", today.plusDays(30), "Marcus", "Front desk team");
        var cap = plans.addAgreement(owner, "Resolution agreement 26-001", today.minusYears(1), today.plusYears(1), "HHS OCR Region X");
        var report = plans.addObligation(owner, cap.id(), io.safeguard.penalty.CapObligation.Kind.REPORT_TO_HHS, "Annual report", today.minusDays(1));
        plans.addObligation(owner, cap.id(), io.safeguard.penalty.CapObligation.Kind.ACTION, "Revise the risk analysis", today.plusMonths(3));
        plans.complete(owner, report.id(), review.id());

        Path first = folder.resolve("first");
        bundles.export(owner, first);
        TenantId copy = bundles.importAsNew(fixtures.admin().id(), true, first);
        Path second = folder.resolve("second");
        bundles.export(fixtures.ownerScope(copy), second);

        assertThat(files(second)).isEqualTo(files(first));
        assertThat(files(first)).containsKeys("bundle.yaml", "organization/profile.yaml", "organization/sites.csv",
                "vendors/vendors.csv", "vendors/agreements.csv", "catalog/addressable-decisions.csv",
                "workforce/members.csv", "workforce/access-grants.csv", "workforce/completions.csv",
                "documents/evidence.csv", "documents/versions.csv", "documents/files/" + review.sha256());
        assertThat(files(first).get("vendors/vendors.csv")).contains("'=claims");
        assertThat(files(first).get("risk/risks.yaml")).containsSubsequence("Roll out MFA", review.sha256() + "/review.txt", "Configure backups");
        assertThat(files(first).get("incidents/incidents.yaml")).contains("ws-01", "Acme Billing", "R-001", review.sha256() + "/review.txt",
                "Det. Ruiz", "NOT_A_BREACH_LOW_PROBABILITY");
        assertThat(files(first).get("incidents/tabletops.yaml")).contains("No offline copy of the call tree", "R-002");
        assertThat(files(first).get("penalty/corrective-action-plans.yaml")).contains("Annual report", review.sha256() + "/review.txt");
        var copied = incidents.all(copy).getLast();
        assertThat(copied.determination().conclusion()).isEqualTo(io.safeguard.incident.Conclusion.BREACH);
        assertThat(copied.determinations()).hasSize(2);
        assertThat(incidents.deadlines(copy, copied)).isEqualTo(incidents.deadlines(original, incidents.all(original).getLast()));
        assertThat(riskAnalyses.frozen(copy, riskAnalyses.list(fixtures.ownerScope(copy)).getFirst().id()).risks().getFirst()
                .measures().getFirst().evidenceId()).isEqualTo(evidence.find(copy, review.sha256(), "review.txt").orElseThrow().id());
    }

    /** The demo organization is kept as a bundle under examples/: it must import and export unchanged. */
    @Test
    void theExampleBundleImportsAndExportsUnchanged(@TempDir Path folder) throws IOException {
        Path example = Path.of("examples/riverside-family-medicine");
        TenantId imported = bundles.importAsNew(fixtures.admin().id(), true, example);
        bundles.export(fixtures.ownerScope(imported), folder);
        assertThat(files(folder)).isEqualTo(files(example));
        // The frozen versions arrive intact and the deliberate gap survives: version 2 predates the imaging server.
        var owner = fixtures.ownerScope(imported);
        var versions = analyses.list(owner);
        assertThat(versions).extracting(io.safeguard.risk.Analysis::version).containsExactly(2, 1);
        assertThat(analyses.currency(imported).orElseThrow().outside()).contains("PACS imaging server (asset added 2026-09-14)");
        var comparison = analyses.compare(owner, versions.get(1).id(), versions.get(0).id());
        assertThat(comparison.added()).extracting(io.safeguard.risk.Risk::code).contains("R-008", "R-018", "R-019", "R-020");
        assertThat(comparison.closed()).extracting(io.safeguard.risk.Risk::code).containsExactly("R-025");
    }

    @Test
    void aBundleThatLeavesItsFolderIsRefused(@TempDir Path folder) throws IOException {
        var bundle = new FolderBundle(folder);
        assertThatThrownBy(() -> bundle.yaml("../outside.yaml", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bundle.exists("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bundle.exists("vendors\\..\\x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokenBundleCreatesNothing(@TempDir Path folder) throws IOException {
        TenantId original = fixtures.organization("Broken Bundle Clinic");
        bundles.export(fixtures.ownerScope(original), folder);
        Files.writeString(folder.resolve("vendors/agreements.csv"), "vendor,requestedOn,effectiveOn,expiresOn,terminatedOn,scope,recordedAt\n"
                + "Nobody,2026-01-01,,,,,2026-01-01T00:00:00Z\n");
        int before = organizations.portfolio(fixtures.admin().id()).size();
        assertThatThrownBy(() -> bundles.importAsNew(fixtures.admin().id(), true, folder)).isInstanceOf(Exception.class);
        assertThat(organizations.portfolio(fixtures.admin().id())).hasSize(before);
    }

    /**
     * Broken risk and incident files are refused whole: an impossible risk, two analyses in progress, versions out of
     * order, an incident naming an asset the bundle lacks, more residents per State than individuals, a "low
     * probability" determination with a factor judged high, two incidents with one reference, an unknown scenario.
     */
    @Test
    void aBundleWithBrokenDataCreatesNothing(@TempDir Path folder) throws IOException {
        int before = organizations.portfolio(fixtures.admin().id()).size();
        for (String[] damage : new String[][] {
                {"risk/risks.yaml", "  status: OPEN\n  origin: MANUAL\n  identifiedOn: 2025-03-01\n  closedOn: null", "  status: CLOSED\n  origin: MANUAL\n  identifiedOn: 2025-03-01\n  closedOn: null"},
                {"risk/analyses.yaml", "completed: true", "completed: false"},
                {"risk/analyses.yaml", "version: 1", "version: 3"},
                {"incidents/incidents.yaml", "  - laptop-12", "  - laptop-99"},
                {"incidents/incidents.yaml", "affected: 14", "affected: 2"},
                {"incidents/incidents.yaml", "judgement: LOW", "judgement: HIGH"},
                {"incidents/incidents.yaml", "ref: 2", "ref: 1"},
                {"incidents/tabletops.yaml", "scenario: ransomware", "scenario: alien-invasion"}}) {
            Path copy = folder.resolve("copy-" + Math.abs(java.util.Arrays.hashCode(damage)));
            copyTree(Path.of("examples/riverside-family-medicine"), copy);
            Path file = copy.resolve(damage[0]);
            String text = Files.readString(file);
            assertThat(text).contains(damage[1]);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(damage[1]), damage[2]));
            assertThatThrownBy(() -> bundles.importAsNew(fixtures.admin().id(), true, copy)).as(damage[2]).isInstanceOf(Exception.class);
        }
        assertThat(organizations.portfolio(fixtures.admin().id())).hasSize(before);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
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
}

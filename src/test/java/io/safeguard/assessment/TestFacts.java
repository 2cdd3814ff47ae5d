package io.safeguard.assessment;

import io.safeguard.catalog.AddressableDecision;
import io.safeguard.catalog.Category;
import io.safeguard.catalog.Decision;
import io.safeguard.catalog.Designation;
import io.safeguard.catalog.Guidance;
import io.safeguard.catalog.Mappings;
import io.safeguard.catalog.Requirement;
import io.safeguard.catalog.RequirementType;
import io.safeguard.documents.DocumentKind;
import io.safeguard.documents.DocumentVersion;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.DataFlow;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.Official;
import io.safeguard.organization.Organization;
import io.safeguard.organization.SizeCategory;
import io.safeguard.risk.AnalysisCurrency;
import io.safeguard.risk.PlanStatus;
import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.RevocationLag;
import io.safeguard.workforce.Sanction;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.workforce.WorkforceMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The facts of an organization that has recorded nothing yet, on one as-of date, with one field replaced at a time:
 * {@code facts(asOf).withAssets(...).build()}. Also builds the records of the other modules the rules read, and loads
 * real rows from the shipped catalogs.
 */
record TestFacts(Organization organization, LocalDate asOf, @Nullable AnalysisCurrency riskAnalysis, PlanStatus riskPlan,
        List<Asset> assets, List<DataFlow> flows, VendorOverview vendors, TrainingReport training, int workforceSize,
        int accessGrants, List<RevocationLag> terminations, List<ReviewCampaign> accessReviews, List<Sanction> sanctions,
        List<PolicyDocument> policies, List<EvidenceFile> evidence, Map<String, AddressableDecision> decisions) {

    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    static final Instant LONG_AGO = Instant.parse("2020-01-01T08:00:00Z");

    static TestFacts facts(LocalDate asOf) {
        var organization = new Organization(TenantId.random(), "Riverside Family Medicine", EntityType.COVERED_ENTITY,
                SizeCategory.SMALL, 25, new TreeSet<>(List.of("OR", "WA")), ZONE, null, null, LONG_AGO, LONG_AGO);
        return new TestFacts(organization, asOf, null, new PlanStatus(0, List.of(), List.of()), List.of(), List.of(),
                new VendorOverview(asOf, List.of(), List.of()), new TrainingReport(asOf, List.of(), List.of()), 0, 0, List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    ProgramFacts build() {
        return build(List.of());
    }

    /** The facts with the access log's review activity of the three months before asOf. */
    ProgramFacts build(io.safeguard.accesslog.AccessLogEvidence.ActivityReview review) {
        return new ProgramFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions, List.of(), review);
    }

    /** The facts with the dates of tabletop exercises held within the year. */
    ProgramFacts build(List<LocalDate> tabletopsHeld) {
        return new ProgramFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions, tabletopsHeld,
                new io.safeguard.accesslog.AccessLogEvidence.ActivityReview(0, 0, 0));
    }

    TestFacts withOrganization(Organization o) {
        return new TestFacts(o, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize, accessGrants,
                terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withOfficials(@Nullable String security, @Nullable String privacy, EntityType type) {
        var o = organization;
        return withOrganization(new Organization(o.id(), o.name(), type, o.size(), o.workforceCount(), o.states(), o.zone(),
                Official.of(security, null, null), Official.of(privacy, null, null), o.createdAt(), o.updatedAt()));
    }

    TestFacts withRiskAnalysis(@Nullable AnalysisCurrency a) {
        return new TestFacts(organization, asOf, a, riskPlan, assets, flows, vendors, training, workforceSize, accessGrants,
                terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withRiskPlan(PlanStatus p) {
        return new TestFacts(organization, asOf, riskAnalysis, p, assets, flows, vendors, training, workforceSize, accessGrants,
                terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withAssets(Asset... a) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, List.of(a), flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withFlows(DataFlow... f) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, List.of(f), vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withVendors(List<VendorOverview.Row> rows, List<VendorOverview.CloudRow> cloud) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, new VendorOverview(asOf, rows, cloud),
                training, workforceSize, accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withTraining(TrainingReport.Line... lines) {
        var report = new TrainingReport(asOf, Arrays.stream(lines).map(TrainingReport.Line::course).distinct().toList(), List.of(lines));
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, report, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withWorkforce(int size, int grants) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, size, grants,
                terminations, accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withTerminations(RevocationLag... t) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, List.of(t), accessReviews, sanctions, policies, evidence, decisions);
    }

    TestFacts withAccessReviews(ReviewCampaign... c) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, List.of(c), sanctions, policies, evidence, decisions);
    }

    TestFacts withSanctions(Sanction... s) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, List.of(s), policies, evidence, decisions);
    }

    TestFacts withPolicies(PolicyDocument... p) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, List.of(p), evidence, decisions);
    }

    TestFacts withEvidence(EvidenceFile... e) {
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, List.of(e), decisions);
    }

    /** The current decision per specification, as {@code AddressableDecisions.current} hands them over. */
    TestFacts withDecisions(AddressableDecision... d) {
        Map<String, AddressableDecision> byRequirement = new HashMap<>();
        Arrays.stream(d).forEach(x -> byRequirement.put(x.requirementId(), x));
        return new TestFacts(organization, asOf, riskAnalysis, riskPlan, assets, flows, vendors, training, workforceSize,
                accessGrants, terminations, accessReviews, sanctions, policies, evidence, Map.copyOf(byRequirement));
    }

    // ------------------------------------------------------------------ records of the other modules

    /** An ePHI server that does everything right (encrypted, logged, backed up); tests change what they look at. */
    static AssetBuilder asset(String name) {
        return new AssetBuilder(name);
    }

    static final class AssetBuilder {
        private final String name;
        private boolean ephi = true;
        private Protection atRest = Protection.FULL;
        private Protection inTransit = Protection.FULL;
        private @Nullable String keyCustodian = "Dana Whitfield";
        private boolean auditLogging = true;
        private Backup backup = Backup.OFFSITE;
        private @Nullable LocalDate lastRestoreTest;
        private @Nullable String hostingVendor;
        private @Nullable LocalDate retiredOn;
        private Instant createdAt = LONG_AGO;

        private AssetBuilder(String name) {
            this.name = name;
        }

        AssetBuilder noEphi() { ephi = false; return this; }
        AssetBuilder atRest(Protection p) { atRest = p; return this; }
        AssetBuilder inTransit(Protection p) { inTransit = p; return this; }
        AssetBuilder keyCustodian(@Nullable String custodian) { keyCustodian = custodian; return this; }
        AssetBuilder noAuditLog() { auditLogging = false; return this; }
        AssetBuilder backup(Backup b) { backup = b; return this; }
        AssetBuilder restoreTested(@Nullable LocalDate on) { lastRestoreTest = on; return this; }
        AssetBuilder hostedBy(@Nullable String vendor) { hostingVendor = vendor; return this; }
        AssetBuilder retiredOn(@Nullable LocalDate on) { retiredOn = on; return this; }
        AssetBuilder addedAt(Instant at) { createdAt = at; return this; }

        Asset build() {
            var details = new AssetDetails(name, AssetType.SERVER, null, "Dana Whitfield", "Main clinic", ephi, 4200, atRest,
                    "BitLocker", true, inTransit, "TLS 1.2", keyCustodian, 12, null, auditLogging, null, backup, lastRestoreTest,
                    "Windows Server 2022", true, RemoteMfa.YES, false, hostingVendor);
            return new Asset(UUID.randomUUID(), details, retiredOn, createdAt, createdAt, createdAt);
        }
    }

    static DataFlow flow(String name, boolean encrypted) {
        return new DataFlow(UUID.randomUUID(), name, null, "Riverside lab", null, "Valley Imaging", null, "lab results", "SFTP",
                encrypted, "daily", LONG_AGO);
    }

    static WorkforceMember member(String fullName) {
        return new WorkforceMember(UUID.randomUUID(), "E-" + fullName.hashCode(), fullName, null, null, null, null,
                LocalDate.of(2020, 1, 6), null, true);
    }

    static ReviewCampaign accessReview(String title, @Nullable LocalDate signedOffOn) {
        return new ReviewCampaign(UUID.randomUUID(), title, ReviewCampaign.Mode.PER_SYSTEM, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 1), signedOffOn == null ? null : "Dana Whitfield", signedOffOn, List.of());
    }

    /** A policy with one version in effect from {@code effectiveOn}, to be reviewed by {@code reviewDueOn}. */
    static PolicyDocument policy(String title, DocumentKind kind, LocalDate effectiveOn, LocalDate reviewDueOn, String... requirements) {
        var version = new DocumentVersion(UUID.randomUUID(), "1.0", UUID.randomUUID(), effectiveOn, reviewDueOn, "Dana Whitfield",
                effectiveOn, null);
        return new PolicyDocument(UUID.randomUUID(), title, kind, "Dana Whitfield", List.of(requirements), List.of(version));
    }

    static EvidenceFile evidence(String fileName, LocalDate speaksFor, String... requirements) {
        return new EvidenceFile(UUID.randomUUID(), "0".repeat(64), fileName, "application/pdf", 1024, "dana@clinic.test",
                LONG_AGO, speaksFor, null, List.of(requirements), speaksFor.plusYears(6), false, null);
    }

    static AddressableDecision decision(String requirement, Decision decision, @Nullable String alternative, LocalDate decidedOn,
            LocalDate reviewOn) {
        return new AddressableDecision(UUID.randomUUID(), requirement, decision, "Reviewed with the practice owners.", alternative,
                AccountId.random(), "Dana Whitfield", decidedOn, reviewOn, LONG_AGO);
    }

    // ------------------------------------------------------------------ catalog rows

    private static final Map<String, Requirement> CATALOG = loadBaseCatalogs();

    /** A row of the shipped base catalogs (Security, Breach Notification, Privacy), as the assessment receives it. */
    static Requirement row(String id) {
        var row = CATALOG.get(id);
        if (row == null) {
            throw new IllegalArgumentException("No row " + id + " in the base catalogs");
        }
        return row;
    }

    static Map<String, Requirement> catalog() {
        return CATALOG;
    }

    /** A made-up row, for aggregation and scoring. */
    static Requirement requirement(String id, RequirementType type, @Nullable String parent, @Nullable Designation designation,
            int weight) {
        return new Requirement(id, "test", "Row " + id, type, parent, Category.ADMINISTRATIVE, designation, weight,
                new Guidance("", List.of(), List.of()), Mappings.NONE, null, false);
    }

    private static Map<String, Requirement> loadBaseCatalogs() {
        var yaml = YAMLMapper.builder().build();
        return List.of("hipaa-security-rule", "hipaa-breach-notification", "hipaa-privacy-rule").stream()
                .flatMap(file -> {
                    try (InputStream in = TestFacts.class.getResourceAsStream("/catalog/" + file + ".yaml")) {
                        JsonNode root = yaml.readTree(in);
                        String catalog = root.get("catalog").asString();
                        return root.get("requirements").valueStream().map(r -> toRequirement(catalog, r));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
    }

    private static Requirement toRequirement(String catalog, JsonNode r) {
        return new Requirement(r.get("id").asString(), catalog, r.get("title").asString(),
                RequirementType.valueOf(r.get("type").asString()), text(r, "parent"), Category.valueOf(r.get("category").asString()),
                text(r, "designation") == null ? null : Designation.valueOf(text(r, "designation")), r.get("enforcementWeight").asInt(),
                new Guidance(r.get("guidance").get("meaning").asString(), List.of(), List.of()), Mappings.NONE, text(r, "note"), false);
    }

    private static @Nullable String text(JsonNode row, String field) {
        var node = row.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}

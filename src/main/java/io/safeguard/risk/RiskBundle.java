package io.safeguard.risk;

import io.safeguard.documents.Evidence;
import io.safeguard.inventory.Inventory;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import io.safeguard.vendor.Vendors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The risk part of a bundle: {@code risk/settings.yaml}, {@code risk/risks.yaml} (the register with treatments,
 * measures and notes, naming what each risk is about by kind and name) and {@code risk/analyses.yaml} with each
 * frozen version as {@code risk/analyses/v<N>.json}. Database ids inside a frozen version are written as ids derived
 * from stable names (risk reference, asset name ...) and mapped back on import, so a version is restored exactly and
 * export, import and export again give the same files.
 */
@Component
class RiskBundle implements BundleSection {
    private final JdbcRisks risks;
    private final JdbcAnalyses analyses;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Evidence evidence;
    private final java.time.Clock clock;

    RiskBundle(JdbcRisks risks, JdbcAnalyses analyses, Inventory inventory, Vendors vendors, Evidence evidence,
            java.time.Clock clock) {
        this.clock = clock;
        this.risks = risks;
        this.analyses = analyses;
        this.inventory = inventory;
        this.vendors = vendors;
        this.evidence = evidence;
    }

    record About(TargetKind kind, @Nullable String name) {}

    record BundleNote(Instant writtenAt, String author, String text) {}

    record BundleMeasure(String description, @Nullable String owner, @Nullable LocalDate dueOn, MeasureStatus status,
            @Nullable LocalDate completedOn, @Nullable String requirementId, @Nullable String evidence, List<BundleNote> notes) {}

    record BundleRisk(int ref, About about, @Nullable String threatId, String threat, @Nullable String vulnerabilityId,
            String vulnerability, @Nullable String currentMeasures, @Nullable Integer likelihood, @Nullable Integer impact,
            RiskStatus status, RiskOrigin origin, LocalDate identifiedOn, @Nullable LocalDate closedOn, @Nullable String closeReason,
            @Nullable Treatment treatment, List<BundleMeasure> measures) {}

    record BundleExclusion(About about, String justification) {}

    record BundleAnalysis(String title, boolean completed, @Nullable String scopeStatement, @Nullable String method,
            @Nullable String participants, LocalDate startedOn, @Nullable Integer version, @Nullable LocalDate completedOn,
            @Nullable Instant completedAt, @Nullable String completedBy, List<BundleExclusion> exclusions, @Nullable String snapshot) {}

    record Settings(String matrix, RiskLevel threshold, int reviewMonths) {}

    record Register(List<BundleRisk> risks) {}

    record AnalysisList(List<BundleAnalysis> analyses) {}

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        Names names = names(tenant);
        Map<UUID, String> files = new HashMap<>();
        evidence.all(tenant).forEach(e -> files.put(e.id(), e.sha256() + "/" + e.fileName()));
        var s = risks.settings(tenant).orElse(RiskSettings.DEFAULT);
        out.yaml("risk/settings.yaml", new Settings(s.matrix().cells(), s.threshold(), s.reviewMonths()));
        List<Risk> all = risks.all(tenant);
        out.yaml("risk/risks.yaml", new Register(all.stream().map(r -> portable(files, r, names)).toList()));
        Map<String, String> toPortable = portableIds(all, names);
        files.forEach((id, reference) -> toPortable.put(id.toString(), stable("evidence:" + reference)));
        List<BundleAnalysis> list = new ArrayList<>();
        for (Analysis a : analyses.all(tenant).reversed()) {
            List<BundleExclusion> exclusions = analyses.exclusions(tenant, a.id()).entrySet().stream()
                    .map(e -> new BundleExclusion(names.about(e.getKey(), e.getValue().label()), e.getValue().justification()))
                    .sorted(Comparator.comparing((BundleExclusion x) -> x.about().kind()).thenComparing(x -> String.valueOf(x.about().name())))
                    .toList();
            String snapshot = null;
            if (a.completed()) {
                snapshot = "risk/analyses/v" + a.version() + ".json";
                toPortable.put(a.id().toString(), stable("analysis:" + a.version()));
                String json = replace(analyses.snapshot(tenant, a.id()).orElseThrow(), toPortable);
                out.copy(snapshot, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            }
            list.add(new BundleAnalysis(a.title(), a.completed(), a.scopeStatement(), a.method(), a.participants(), a.startedOn(),
                    a.version(), a.completedOn(), a.completedAt(), a.completedBy(), exclusions, snapshot));
        }
        out.yaml("risk/analyses.yaml", new AnalysisList(list));
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        if (!in.exists("risk/risks.yaml")) {
            return;
        }
        TenantId tenant = scope.tenantId();
        Names names = names(tenant);
        Map<String, UUID> files = new HashMap<>();
        evidence.all(tenant).forEach(e -> files.put(e.sha256() + "/" + e.fileName(), e.id()));
        var settings = in.yaml("risk/settings.yaml", Settings.class);
        risks.saveSettings(tenant, new RiskSettings(new RiskMatrix(settings.matrix()), settings.threshold(), settings.reviewMonths()),
                clock.instant());
        List<Risk> imported = new ArrayList<>();
        for (BundleRisk b : in.yaml("risk/risks.yaml", Register.class).risks()) {
            List<Measure> measures = new ArrayList<>();
            for (BundleMeasure m : b.measures()) {
                measures.add(new Measure(UUID.randomUUID(), m.description(), m.owner(), m.dueOn(), m.status(), m.completedOn(),
                        m.requirementId(), evidence(files, m.evidence()), m.notes().stream()
                        .map(n -> new ProgressNote(n.writtenAt(), n.author(), n.text())).toList()));
            }
            if ((b.status() == RiskStatus.CLOSED) != (b.closedOn() != null)) {
                throw new IllegalArgumentException("risk/risks.yaml: risk " + b.ref() + " must have closedOn exactly when it is CLOSED");
            }
            imported.add(new Risk(UUID.randomUUID(), b.ref(), new RiskDetails(names.target(b.about()), b.threatId(), b.threat(),
                    b.vulnerabilityId(), b.vulnerability(), b.currentMeasures(), b.likelihood(), b.impact()), b.status(), b.origin(),
                    b.identifiedOn(), b.closedOn(), b.closeReason(), b.treatment(), measures));
        }
        if (imported.stream().map(Risk::reference).distinct().count() != imported.size()) {
            throw new IllegalArgumentException("risk/risks.yaml: two risks share a reference");
        }
        risks.insertAll(tenant, imported, clock.instant());
        Map<String, String> fromPortable = new HashMap<>();
        portableIds(imported, names).forEach((actual, portable) -> fromPortable.put(portable, actual));
        files.forEach((reference, id) -> fromPortable.put(stable("evidence:" + reference), id.toString()));
        List<BundleAnalysis> list = in.yaml("risk/analyses.yaml", AnalysisList.class).analyses();
        check(list);
        for (BundleAnalysis b : list) {
            var analysis = new Analysis(UUID.randomUUID(), b.title(), b.completed(), b.scopeStatement(), b.method(), b.participants(),
                    b.startedOn(), b.version(), b.completedOn(), b.completedAt(), b.completedBy());
            if (b.completed()) {
                fromPortable.put(stable("analysis:" + b.version()), analysis.id().toString());
                String json;
                try (InputStream stream = in.open(b.snapshot())) {
                    json = replace(new String(stream.readAllBytes(), StandardCharsets.UTF_8), fromPortable);
                }
                RiskAnalyses.JSON.readValue(json, AnalysisDocument.class); // refuse a version that is not a valid document
                analyses.insertCompleted(tenant, analysis, json);
            } else {
                analyses.insert(tenant, analysis, clock.instant());
            }
            for (BundleExclusion x : b.exclusions()) {
                RiskTarget t = names.target(x.about());
                analyses.exclude(tenant, analysis.id(), t.key(), t.label(), x.justification());
            }
        }
    }

    private static BundleRisk portable(Map<UUID, String> files, Risk r, Names names) {
        var d = r.details();
        List<BundleMeasure> measures = r.measures().stream().map(m -> new BundleMeasure(m.description(), m.owner(), m.dueOn(),
                m.status(), m.completedOn(), m.requirementId(), m.evidenceId() == null ? null : files.get(m.evidenceId()),
                m.notes().stream().map(n -> new BundleNote(n.writtenAt(), n.author(), n.text())).toList())).toList();
        return new BundleRisk(r.reference(), names.about(d.target().key(), d.target().label()), d.threatId(), d.threat(),
                d.vulnerabilityId(), d.vulnerability(), d.currentMeasures(), d.likelihood(), d.impact(), r.status(), r.origin(),
                r.identifiedOn(), r.closedOn(), r.closeReason(), r.treatment(), measures);
    }

    /** Actual id to a stable, name-derived id, for every risk, measure, asset, data flow and vendor of the tenant. */
    private static Map<String, String> portableIds(List<Risk> all, Names names) {
        Map<String, String> ids = new LinkedHashMap<>(names.portable());
        for (Risk r : all) {
            ids.put(r.id().toString(), stable("risk:" + r.reference()));
            for (int i = 0; i < r.measures().size(); i++) {
                ids.put(r.measures().get(i).id().toString(), stable("measure:" + r.reference() + ":" + i));
            }
        }
        return ids;
    }

    private static String stable(String name) {
        return UUID.nameUUIDFromBytes(("safeguard-bundle:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Maps every id in the document in one pass; ids of things no longer in the organization stay as they are. */
    private static String replace(String json, Map<String, String> ids) {
        return UUID_TEXT.matcher(json).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(ids.getOrDefault(m.group(), m.group())));
    }

    private static @Nullable UUID evidence(Map<String, UUID> files, @Nullable String reference) {
        if (reference == null) {
            return null;
        }
        UUID id = files.get(reference);
        if (id == null) {
            throw new IllegalArgumentException("a measure's evidence file is not in documents/evidence.csv");
        }
        return id;
    }

    /** At most one analysis in progress; completed versions numbered 1..n, each with its date, instant and document. */
    private void check(List<BundleAnalysis> list) {
        if (list.stream().filter(a -> !a.completed()).count() > 1) {
            throw new IllegalArgumentException("risk/analyses.yaml: more than one analysis in progress");
        }
        List<Integer> versions = list.stream().filter(BundleAnalysis::completed).map(BundleAnalysis::version).toList();
        for (int i = 0; i < versions.size(); i++) {
            if (!Integer.valueOf(i + 1).equals(versions.get(i))) {
                throw new IllegalArgumentException("risk/analyses.yaml: completed versions must be numbered 1, 2, 3 ... oldest first");
            }
        }
        for (BundleAnalysis a : list) {
            if (a.completed() && (a.completedOn() == null || a.completedAt() == null || a.completedBy() == null
                    || a.snapshot() == null || a.completedAt().isAfter(clock.instant()))) {
                throw new IllegalArgumentException("risk/analyses.yaml: version " + a.version()
                        + " needs its completion date, instant (not in the future), signer and document");
            }
        }
    }

    private Names names(TenantId tenant) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        inventory.assets(tenant).forEach(a -> put(byKey, byName, TargetKind.ASSET, a.id(), a.name()));
        inventory.dataFlows(tenant).forEach(f -> put(byKey, byName, TargetKind.DATA_FLOW, f.id(), f.name()));
        vendors.overview(tenant, LocalDate.now(clock)).vendors().forEach(r -> put(byKey, byName, TargetKind.VENDOR, r.vendor().id(), r.vendor().name()));
        return new Names(byKey, byName);
    }

    private static void put(Map<String, String> byKey, Map<String, String> byName, TargetKind kind, UUID id, String name) {
        byKey.put(kind + ":" + id, name);
        byName.put(kind + ":" + name, id.toString());
    }

    /** Inventory items by target key and by kind and name. */
    private record Names(Map<String, String> byKey, Map<String, String> byName) {
        About about(String key, String label) {
            int colon = key.indexOf(':');
            TargetKind kind = TargetKind.valueOf(colon < 0 ? key : key.substring(0, colon));
            return switch (kind) {
                case ORGANIZATION -> new About(kind, null);
                case ASSET_TYPE -> new About(kind, key.substring(colon + 1));
                default -> new About(kind, byKey.getOrDefault(key, label));
            };
        }

        RiskTarget target(About about) {
            return switch (about.kind()) {
                case ORGANIZATION -> RiskTarget.ORGANIZATION;
                case ASSET_TYPE -> new RiskTarget(TargetKind.ASSET_TYPE, about.name(), "All " + io.safeguard.inventory.AssetType
                        .valueOf(about.name()).label().toLowerCase(java.util.Locale.ROOT) + " assets");
                default -> {
                    // An item since removed from the inventory (a deleted data flow) keeps its name and a name-derived id.
                    String id = byName.getOrDefault(about.kind() + ":" + about.name(), stable(about.kind() + ":" + about.name()));
                    yield new RiskTarget(about.kind(), id, about.name());
                }
            };
        }

        Map<String, String> portable() {
            Map<String, String> ids = new LinkedHashMap<>();
            byName.forEach((kindAndName, id) -> ids.put(id, stable(kindAndName)));
            return ids;
        }
    }
}

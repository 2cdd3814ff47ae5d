package io.safeguard.incident;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Inventory;
import io.safeguard.risk.Risk;
import io.safeguard.risk.Risks;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.Vendors;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Incidents and tabletop exercises in a bundle. {@code incidents/incidents.yaml} holds every incident by its reference
 * ({@code INC-001} = {@code ref: 1}) with the systems and vendors involved by name, the counts per State, the
 * law-enforcement delay, the timeline, every determination oldest first (164.414(b): the record of how it was decided)
 * and its links (risk by {@code R-nnn}, file by {@code <sha256>/<fileName>}). {@code incidents/tabletops.yaml} holds the
 * exercises with their notes and findings. Each file is written only when there is something in it. A determination's
 * safe-harbor basis is the text shown when it was decided and is carried as written, not decided again.
 */
@Component
class IncidentBundle implements BundleSection {
    static final String INCIDENTS = "incidents/incidents.yaml";
    static final String TABLETOPS = "incidents/tabletops.yaml";
    private final JdbcIncidents incidents;
    private final JdbcTabletops tabletops;
    private final IncidentLinks links;
    private final TabletopScenarios scenarios;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Risks risks;
    private final Evidence evidence;
    private final Clock clock;

    IncidentBundle(JdbcIncidents incidents, JdbcTabletops tabletops, IncidentLinks links, TabletopScenarios scenarios, Inventory inventory,
            Vendors vendors, Risks risks, Evidence evidence, Clock clock) {
        this.incidents = incidents;
        this.tabletops = tabletops;
        this.links = links;
        this.scenarios = scenarios;
        this.inventory = inventory;
        this.vendors = vendors;
        this.risks = risks;
        this.evidence = evidence;
        this.clock = clock;
    }

    record IncidentsFile(List<BundleIncident> incidents) {}

    record BundleIncident(int ref, String title, String whatHappened, LocalDate occurredFrom, @Nullable LocalDate occurredTo,
            LocalDate discoveredOn, String discoveredBy, List<String> assets, List<String> vendors, List<String> phiTypes, int affected,
            Map<String, Integer> perState, int missingContact, IncidentStatus status, @Nullable Delay lawEnforcementDelay,
            String reportedBy, Instant reportedAt, List<Entry> timeline, List<BundleDetermination> determinations,
            List<BundleLink> links) {}

    record Delay(LocalDate statedOn, boolean written, @Nullable LocalDate until, @Nullable String official) {}

    record Entry(LocalDate happenedOn, String text, String author, Instant recordedAt) {}

    record BundleDetermination(Conclusion conclusion, @Nullable BreachException exception, Factor nature, Factor recipient,
            Factor acquired, Factor mitigation, String safeHarborBasis, String rationale, String decidedBy, LocalDate decidedOn,
            Instant recordedAt) {}

    record BundleLink(IncidentLinks.Kind kind, String target, String linkedBy, Instant linkedAt) {}

    record TabletopsFile(List<Exercise> exercises) {}

    record Exercise(String scenario, String title, LocalDate scheduledOn, String facilitator, @Nullable String participants,
            @Nullable LocalDate heldOn, List<Note> notes) {}

    record Note(Tabletop.Kind kind, @Nullable Integer inject, String text, @Nullable String risk, String author, Instant writtenAt) {}

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public int order() {
        return 50; // after inventory, vendors, documents and risk: incidents name their assets, vendors, files and risks
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        Names names = names(tenant);
        List<Incident> all = incidents.all(tenant).reversed();
        if (!all.isEmpty()) {
            Map<UUID, List<IncidentLinks.Link>> linked = links.all(tenant);
            out.yaml(INCIDENTS, new IncidentsFile(all.stream().map(i -> portable(i, linked.getOrDefault(i.id(), List.of()), names)).toList()));
        }
        List<Tabletop> exercises = tabletops.all(tenant).stream()
                .sorted(Comparator.comparing(Tabletop::scheduledOn).thenComparing(Tabletop::title)).toList();
        if (!exercises.isEmpty()) {
            out.yaml(TABLETOPS, new TabletopsFile(exercises.stream().map(t -> new Exercise(t.scenario(), t.title(), t.scheduledOn(),
                    t.facilitator(), t.participants(), t.heldOn(), t.notes().stream().map(n -> new Note(n.kind(), n.inject(), n.text(),
                    n.riskId() == null ? null : names.risk(n.riskId()), n.author(), n.writtenAt())).toList())).toList()));
        }
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        TenantId tenant = scope.tenantId();
        Names names = names(tenant);
        if (in.exists(INCIDENTS)) {
            var seen = new HashSet<Integer>();
            for (BundleIncident b : in.yaml(INCIDENTS, IncidentsFile.class).incidents()) {
                try {
                    if (!seen.add(b.ref())) {
                        throw new IllegalArgumentException("two incidents share the reference");
                    }
                    restore(tenant, b, names);
                } catch (RuntimeException e) {
                    throw new IOException(INCIDENTS + ": INC-%03d: %s".formatted(b.ref(), e.getMessage()), e);
                }
            }
        }
        if (in.exists(TABLETOPS)) {
            int n = 0;
            for (Exercise x : in.yaml(TABLETOPS, TabletopsFile.class).exercises()) {
                n++;
                try {
                    restore(tenant, x, names);
                } catch (RuntimeException e) {
                    throw new IOException(TABLETOPS + ": exercise " + n + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static BundleIncident portable(Incident i, List<IncidentLinks.Link> linked, Names names) {
        IncidentDetails d = i.details();
        LawEnforcementDelay delay = i.delay();
        return new BundleIncident(i.refNo(), d.title(), d.whatHappened(), d.occurredFrom(), d.occurredTo(), d.discoveredOn(),
                d.discoveredBy(), d.assetIds().stream().map(names.assetName::get).sorted().toList(),
                d.vendorIds().stream().map(names.vendorName::get).sorted().toList(), d.phiTypes(), d.affected(), new TreeMap<>(d.perState()),
                d.missingContact(), i.status(),
                delay == null ? null : new Delay(delay.statedOn(), delay.written(), delay.until(), i.delayOfficial()),
                i.reportedBy(), i.createdAt(),
                i.timeline().stream().map(e -> new Entry(e.happenedOn(), e.text(), e.author(), e.recordedAt())).toList(),
                i.determinations().reversed().stream().map(x -> new BundleDetermination(x.conclusion(), x.exception(),
                        x.assessment().nature(), x.assessment().recipient(), x.assessment().acquired(), x.assessment().mitigation(),
                        x.safeHarborBasis(), x.rationale(), x.decidedBy(), x.decidedOn(), x.recordedAt())).toList(),
                linked.stream().map(l -> names.target(l).map(t -> new BundleLink(l.kind(), t, l.linkedBy(), l.linkedAt())))
                        .flatMap(Optional::stream).toList());
    }

    private void restore(TenantId tenant, BundleIncident b, Names names) {
        var details = new IncidentDetails(b.title(), b.whatHappened(), b.occurredFrom(), b.occurredTo(), b.discoveredOn(), b.discoveredBy(),
                list(b.assets()).stream().map(n -> names.id(names.assetId, "asset", n)).toList(),
                list(b.vendors()).stream().map(n -> names.id(names.vendorId, "vendor", n)).toList(),
                list(b.phiTypes()), b.affected(), b.perState() == null ? Map.of() : b.perState(), b.missingContact());
        UUID id = UUID.randomUUID();
        incidents.insert(tenant, id, positive(b.ref()), details, required(b.reportedBy(), "reportedBy"), required(b.reportedAt(), "reportedAt"));
        incidents.updateStatus(tenant, id, required(b.status(), "status"), b.reportedAt());
        if (b.lawEnforcementDelay() != null) {
            Delay d = b.lawEnforcementDelay();
            incidents.recordDelay(tenant, id, new LawEnforcementDelay(d.statedOn(), d.written(), d.until()),
                    required(d.official(), "lawEnforcementDelay.official"), b.reportedAt());
        }
        for (Entry e : list(b.timeline())) {
            incidents.appendTimeline(tenant, id, new TimelineEntry(UUID.randomUUID(), required(e.happenedOn(), "timeline happenedOn"),
                    required(e.text(), "timeline text"), required(e.author(), "timeline author"), required(e.recordedAt(), "timeline recordedAt")));
        }
        for (BundleDetermination x : list(b.determinations())) {
            var assessment = new RiskAssessment(x.nature(), x.recipient(), x.acquired(), x.mitigation());
            Conclusion conclusion = required(x.conclusion(), "conclusion");
            if (conclusion != Conclusion.SECURED_PHI_SAFE_HARBOR) { // the safe harbor was checked against the record of its day
                Determinations.check(conclusion, SafeHarbor.of(List.of()), x.exception(), assessment, x.rationale());
            }
            incidents.appendDetermination(tenant, id, new Determination(UUID.randomUUID(), conclusion, x.exception(), assessment,
                    required(x.safeHarborBasis(), "safeHarborBasis"), required(x.rationale(), "rationale"),
                    required(x.decidedBy(), "decidedBy"), required(x.decidedOn(), "decidedOn"), required(x.recordedAt(), "recordedAt")));
        }
        for (BundleLink l : list(b.links())) {
            UUID target = switch (required(l.kind(), "link kind")) {
                case RISK -> names.id(names.riskId, "risk", l.target());
                case EVIDENCE -> evidence.byReference(tenant, required(l.target(), "link target")).id();
            };
            links.insert(tenant, id, new IncidentLinks.Link(l.kind(), target, required(l.linkedBy(), "linkedBy"), required(l.linkedAt(), "linkedAt")));
        }
    }

    private void restore(TenantId tenant, Exercise x, Names names) {
        var scenario = scenarios.find(required(x.scenario(), "scenario"))
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + x.scenario() + " in the library"));
        UUID id = UUID.randomUUID();
        tabletops.insert(tenant, id, scenario.id(), required(x.title(), "title"), required(x.scheduledOn(), "scheduledOn"),
                required(x.facilitator(), "facilitator"), x.participants(), clock.instant());
        if (x.heldOn() != null) {
            tabletops.held(tenant, id, x.heldOn(), required(x.participants(), "participants of a held exercise"));
        }
        for (Note n : list(x.notes())) {
            Tabletop.Kind kind = required(n.kind(), "note kind");
            if ((kind == Tabletop.Kind.FINDING) != (n.risk() != null)) {
                throw new IllegalArgumentException("a finding names its risk, and only a finding does");
            }
            tabletops.note(tenant, id, kind, n.inject(), required(n.text(), "note text"),
                    n.risk() == null ? null : names.id(names.riskId, "risk", n.risk()), required(n.author(), "note author"),
                    required(n.writtenAt(), "note writtenAt"));
        }
    }

    private Names names(TenantId tenant) {
        return new Names(inventory.assets(tenant).stream().collect(Collectors.toMap(Asset::id, Asset::name)),
                vendors.all(tenant).stream().collect(Collectors.toMap(Vendor::id, Vendor::name)),
                risks.all(tenant).stream().collect(Collectors.toMap(Risk::id, Risk::code)),
                evidence.all(tenant).stream().collect(Collectors.toMap(EvidenceFile::id, EvidenceFile::reference)));
    }

    /** Database ids of the organization's assets, vendors, risks and files to the names a bundle uses, both ways. */
    private static final class Names {
        final Map<UUID, String> assetName;
        final Map<UUID, String> vendorName;
        final Map<UUID, String> riskCode;
        final Map<UUID, String> fileReference;
        final Map<String, UUID> assetId;
        final Map<String, UUID> vendorId;
        final Map<String, UUID> riskId;

        Names(Map<UUID, String> assetName, Map<UUID, String> vendorName, Map<UUID, String> riskCode, Map<UUID, String> fileReference) {
            this.assetName = assetName;
            this.vendorName = vendorName;
            this.riskCode = riskCode;
            this.fileReference = fileReference;
            this.assetId = inverse(assetName);
            this.vendorId = inverse(vendorName);
            this.riskId = inverse(riskCode);
        }

        String risk(UUID id) {
            return Objects.requireNonNull(riskCode.get(id), "a linked risk is not in the register");
        }

        /** A file deleted after its retention is left out; the link goes with it. */
        Optional<String> target(IncidentLinks.Link link) {
            return link.kind() == IncidentLinks.Kind.RISK ? Optional.of(risk(link.targetId()))
                    : Optional.ofNullable(fileReference.get(link.targetId()));
        }

        UUID id(Map<String, UUID> ids, String what, @Nullable String name) {
            UUID id = name == null ? null : ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no " + what + " named " + name + " in the bundle");
            }
            return id;
        }

        private static Map<String, UUID> inverse(Map<UUID, String> names) {
            Map<String, UUID> ids = new HashMap<>();
            names.forEach((id, name) -> ids.put(name, id));
            return ids;
        }
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static int positive(int ref) {
        if (ref < 1) {
            throw new IllegalArgumentException("ref must be 1 or more");
        }
        return ref;
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}

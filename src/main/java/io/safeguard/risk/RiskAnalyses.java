package io.safeguard.risk;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.DataFlow;
import io.safeguard.inventory.Inventory;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.Vendors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risk analyses (164.308(a)(1)(ii)(A)): one in progress at a time, scoped to the inventory's ePHI assets, data flows
 * and vendors; completing it freezes a numbered, dated version that is never changed or deleted; the latest version
 * is current until its review period ends or the inventory moves past it.
 */
@Service
@Transactional
public class RiskAnalyses {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcAnalyses analyses;
    private final Risks risks;
    private final ThreatLibrary library;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    RiskAnalyses(JdbcAnalyses analyses, Risks risks, ThreatLibrary library, Inventory inventory, Vendors vendors,
            Organizations organizations, AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.analyses = analyses;
        this.risks = risks;
        this.library = library;
        this.inventory = inventory;
        this.vendors = vendors;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Analysis> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return analyses.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<Analysis> all(TenantId tenant) {
        return analyses.all(tenant);
    }

    @Transactional(readOnly = true)
    public Optional<Analysis> inProgress(TenantId tenant) {
        return analyses.all(tenant).stream().filter(a -> !a.completed()).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Analysis> latestCompleted(TenantId tenant) {
        return analyses.all(tenant).stream().filter(Analysis::completed).findFirst();
    }

    /**
     * Starts the next analysis, carrying over the last version's scope statement, method, participants and the
     * exclusions of items that have not changed since.
     */
    public Analysis start(TenantScope scope, String title) {
        scope.require(Permission.EDIT);
        if (inProgress(scope.tenantId()).isPresent()) {
            throw new BusinessRuleViolation("risk.analysis-open", "An analysis is already in progress; complete it first.");
        }
        String name = Texts.required(title, 200, "risk.analysis-title", "Give the analysis a title (at most 200 characters).");
        var previous = latestCompleted(scope.tenantId());
        var analysis = new Analysis(UUID.randomUUID(), name, false, previous.map(Analysis::scopeStatement).orElse(null),
                previous.map(Analysis::method).orElse(null), previous.map(Analysis::participants).orElse(null),
                risks.today(scope.tenantId()), null, null, null, null);
        try {
            analyses.insert(scope.tenantId(), analysis, clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException e) { // a second start at the same moment
            throw new BusinessRuleViolation("risk.analysis-open", "An analysis is already in progress; complete it first.");
        }
        // An exclusion carries over only while its item is unchanged: what changed must be looked at again.
        previous.ifPresent(p -> {
            var changed = changesSince(scope.tenantId(), p.completedAt()).stream().map(Change::key).toList();
            analyses.exclusions(scope.tenantId(), p.id()).forEach((key, x) -> {
                if (!changed.contains(key)) {
                    analyses.exclude(scope.tenantId(), analysis.id(), key, x.label(), x.justification());
                }
            });
        });
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.analysis.start", "risk-analysis", analysis.id()).withDetail(name));
        return analysis;
    }

    public Analysis describe(TenantScope scope, UUID id, String title, @Nullable String scopeStatement, @Nullable String method,
            @Nullable String participants) {
        scope.require(Permission.EDIT);
        String name = Texts.required(title, 200, "risk.analysis-title", "Give the analysis a title (at most 200 characters).");
        if (analyses.update(scope.tenantId(), id, name, Texts.clean(scopeStatement, 4000), Texts.clean(method, 4000),
                Texts.clean(participants, 2000), clock.instant()) == 0) {
            throw frozenOrMissing(scope.tenantId(), id);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.analysis.describe", "risk-analysis", id).withDetail(name));
        return get(scope, id);
    }

    /** Leaves an inventory item out of the analysis, with the reason an auditor will read. */
    public void exclude(TenantScope scope, UUID id, String itemKey, String justification) {
        Analysis analysis = editable(scope, id);
        ScopeItem item = liveScope(scope.tenantId(), analysis).stream().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new NotFound("scope item", itemKey));
        String why = Texts.required(justification, 1000, "risk.exclusion", "Justify the exclusion (at most 1000 characters).");
        analyses.exclude(scope.tenantId(), id, itemKey, item.label(), why);
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.analysis.exclude", "risk-analysis", id).withDetail(item.label() + ": " + why));
    }

    public void include(TenantScope scope, UUID id, String itemKey) {
        editable(scope, id);
        analyses.include(scope.tenantId(), id, itemKey);
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.analysis.include", "risk-analysis", id).withDetail(itemKey));
    }

    @Transactional(readOnly = true)
    public Analysis get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return analyses.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("risk analysis", id));
    }

    /** The analysis as a document: a completed version exactly as frozen, an analysis in progress from live data. */
    @Transactional(readOnly = true)
    public AnalysisDocument document(TenantScope scope, UUID id) {
        Analysis analysis = get(scope, id);
        if (analysis.completed()) {
            return frozen(scope.tenantId(), id);
        }
        return live(scope.tenantId(), analysis);
    }

    /** The document for a report (HTML, PDF, JSON); who took which report of which version goes into the activity trail. */
    public AnalysisDocument report(TenantScope scope, UUID id, String format) {
        AnalysisDocument doc = document(scope, id);
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.analysis.report", "risk-analysis", id).withDetail(format + " of "
                + (doc.completed() ? "version " + doc.version() : "the analysis in progress")));
        return doc;
    }

    /**
     * Freezes the analysis as the next version, dated today in the organization's time zone. Refused while elements 1
     * to 7 of the HHS guidance are incomplete or the method and participants are missing: what is frozen must be
     * an analysis OCR would accept, not a draft.
     */
    public AnalysisDocument complete(TenantScope scope, UUID id) {
        Analysis analysis = editable(scope, id);
        TenantId tenant = scope.tenantId();
        AnalysisDocument draft = live(tenant, analysis);
        List<String> blocking = draft.completeness().stream().filter(e -> e.number() <= 7).flatMap(e -> e.missing().stream()).toList();
        if (!blocking.isEmpty() || analysis.method() == null || analysis.participants() == null) {
            List<String> all = new ArrayList<>(blocking);
            if (analysis.method() == null) {
                all.add("The method statement is missing.");
            }
            if (analysis.participants() == null) {
                all.add("The participants are not recorded.");
            }
            throw new BusinessRuleViolation("risk.analysis-incomplete", "The analysis cannot be completed yet: "
                    + String.join(" ", all.subList(0, Math.min(5, all.size()))) + (all.size() > 5 ? " (and " + (all.size() - 5) + " more)" : ""));
        }
        int version = (int) analyses.all(tenant).stream().filter(Analysis::completed).count() + 1;
        Instant now = clock.instant();
        LocalDate today = risks.today(tenant);
        String by = accounts.summary(scope.accountId()).email();
        var completed = new Analysis(analysis.id(), analysis.title(), true, analysis.scopeStatement(), analysis.method(),
                analysis.participants(), analysis.startedOn(), version, today, now, by);
        AnalysisDocument frozen = build(tenant, completed, draft.scope(), draftRisks(tenant, analysis), today,
                AnalysisCurrency.of(version, today, risks.settings(tenant).reviewMonths(), today, List.of()));
        if (analyses.complete(tenant, id, version, today, now, by, JSON.writeValueAsString(frozen)) == 0) {
            throw frozenOrMissing(tenant, id);
        }
        trail.record(ActivityEntry.of(tenant, "risk.analysis.complete", "risk-analysis", id)
                .withDetail("version " + version + " of " + today + ", " + frozen.openRisks().size() + " open risks"));
        return frozen;
    }

    /** Whether the latest version still describes the organization; empty when none was ever completed. */
    @Transactional(readOnly = true)
    public Optional<AnalysisCurrency> currency(TenantId tenant) {
        return latestCompleted(tenant).map(a -> currency(tenant, a));
    }

    /**
     * Whether the analysis in force on {@code asOf} (the latest completed on or before it) was current that day: within
     * its review period, and nothing added or materially changed between its completion and the end of that day.
     */
    @Transactional(readOnly = true)
    public Optional<AnalysisCurrency> currencyOn(TenantId tenant, LocalDate asOf) {
        ZoneId zone = organizations.get(tenant).zone();
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        return analyses.all(tenant).stream().filter(a -> a.completed() && !a.completedOn().isAfter(asOf)).findFirst()
                .map(a -> AnalysisCurrency.of(a.version(), a.completedOn(), risks.settings(tenant).reviewMonths(), asOf,
                        changesSince(tenant, a.completedAt()).stream().filter(c -> c.at().isBefore(endOfDay))
                                .map(Change::description).toList()));
    }

    @Transactional(readOnly = true)
    public VersionComparison compare(TenantScope scope, UUID from, UUID to) {
        AnalysisDocument a = document(scope, from);
        AnalysisDocument b = document(scope, to);
        if (!a.completed() || !b.completed()) {
            throw new BusinessRuleViolation("risk.compare", "Compare two completed versions.");
        }
        return a.version() <= b.version() ? VersionComparison.of(a, b) : VersionComparison.of(b, a);
    }

    /** The frozen document of a completed version, for other modules (assessment, data request package, bundle). */
    @Transactional(readOnly = true)
    public AnalysisDocument frozen(TenantId tenant, UUID id) {
        String json = analyses.snapshot(tenant, id).orElseThrow(() -> new NotFound("risk analysis version", id));
        return JSON.readValue(json, AnalysisDocument.class);
    }

    private AnalysisCurrency currency(TenantId tenant, Analysis a) {
        List<String> outside = changesSince(tenant, a.completedAt()).stream().map(Change::description).toList();
        return AnalysisCurrency.of(a.version(), a.completedOn(), risks.settings(tenant).reviewMonths(), risks.today(tenant), outside);
    }

    /** An inventory item added or materially changed after an instant, by its scope key, and when. */
    private record Change(String key, String description, Instant at) {}

    /** ePHI assets, data flows and PHI vendors added or materially changed after {@code since}. */
    private List<Change> changesSince(TenantId tenant, Instant since) {
        ZoneId zone = organizations.get(tenant).zone();
        List<Change> changes = new ArrayList<>();
        for (Asset asset : inventory.changedSince(tenant, since)) {
            if (asset.active() && asset.details().ephi()) {
                boolean added = asset.createdAt().isAfter(since);
                Instant at = added ? asset.createdAt() : asset.materiallyChangedAt();
                changes.add(new Change(TargetKind.ASSET + ":" + asset.id(), AnalysisCurrency.describe(asset.name(), "asset", added,
                        LocalDate.ofInstant(at, zone)), at));
            }
        }
        for (DataFlow flow : inventory.dataFlows(tenant)) {
            if (flow.createdAt().isAfter(since)) {
                changes.add(new Change(TargetKind.DATA_FLOW + ":" + flow.id(), AnalysisCurrency.describe(flow.name(), "data flow", true,
                        LocalDate.ofInstant(flow.createdAt(), zone)), flow.createdAt()));
            }
        }
        for (Vendor vendor : phiVendors(tenant)) {
            if (vendor.materiallyChangedAt().isAfter(since)) {
                boolean added = vendor.createdAt().isAfter(since);
                Instant at = added ? vendor.createdAt() : vendor.materiallyChangedAt();
                changes.add(new Change(TargetKind.VENDOR + ":" + vendor.id(), AnalysisCurrency.describe(vendor.name(), "vendor", added,
                        LocalDate.ofInstant(at, zone)), at));
            }
        }
        return changes;
    }

    /**
     * Stores a completed version whose risks are given as they stood then (demo data, or a version recorded from an
     * earlier tool): the same document {@link #complete} freezes, with the scope of the inventory at that instant.
     */
    AnalysisDocument restore(TenantId tenant, Analysis completed, List<Risk> risksThen) {
        List<Risk> confirmed = risksThen.stream().filter(Risk::open).toList();
        AnalysisDocument doc = build(tenant, completed, scope(tenant, completed, confirmed, completed.completedAt()), risksThen,
                completed.completedOn(), AnalysisCurrency.of(completed.version(), completed.completedOn(),
                        risks.settings(tenant).reviewMonths(), completed.completedOn(), List.of()));
        analyses.complete(tenant, completed.id(), completed.version(), completed.completedOn(), completed.completedAt(),
                completed.completedBy(), JSON.writeValueAsString(doc));
        return doc;
    }

    private AnalysisDocument live(TenantId tenant, Analysis analysis) {
        return build(tenant, analysis, liveScope(tenant, analysis), draftRisks(tenant, analysis), risks.today(tenant),
                currency(tenant).orElse(null));
    }

    /** Risks the analysis reports: all but those closed before it started. Drafts count only for the completeness check. */
    private List<Risk> draftRisks(TenantId tenant, Analysis analysis) {
        return risks.all(tenant).stream()
                .filter(r -> r.status() != RiskStatus.CLOSED || r.closedOn() == null || !r.closedOn().isBefore(analysis.startedOn()))
                .toList();
    }

    private AnalysisDocument build(TenantId tenant, Analysis a, List<ScopeItem> scope, List<Risk> all, LocalDate today,
            @Nullable AnalysisCurrency currency) {
        var assets = inventory.assets(tenant);
        var completeness = Completeness.check(new Completeness.Input(a.scopeStatement(), a.method(), a.participants(),
                a.completed(), scope, assets.stream().filter(x -> x.active() && x.details().ephi() && x.details().location() == null)
                        .map(Asset::name).toList(),
                inventory.dataFlows(tenant).size(), all, currency));
        return new AnalysisDocument(a.id(), a.title(), a.version(), organizations.get(tenant).name(), a.startedOn(),
                a.completedOn(), a.completedAt(), a.completedBy(), a.scopeStatement(), a.method(), a.participants(),
                risks.settings(tenant), library.version(), scope,
                all.stream().filter(r -> r.status() != RiskStatus.DRAFT).toList(), completeness);
    }

    /** Every ePHI asset, data flow and PHI vendor now in the inventory, with the analysis's exclusions and coverage. */
    private List<ScopeItem> liveScope(TenantId tenant, Analysis analysis) {
        return scope(tenant, analysis, risks.all(tenant).stream().filter(Risk::open).toList(), clock.instant());
    }

    /** The scope as the inventory stood at {@code asOf}: items added later are outside it. */
    private List<ScopeItem> scope(TenantId tenant, Analysis analysis, List<Risk> confirmed, Instant asOf) {
        var exclusions = analyses.exclusions(tenant, analysis.id());
        Map<String, List<String>> covering = new HashMap<>();
        confirmed.forEach(r -> covering.computeIfAbsent(r.details().target().key(), k -> new ArrayList<>()).add(r.code()));
        List<ScopeItem> items = new ArrayList<>();
        for (Asset a : inventory.assets(tenant)) {
            if (a.active() && a.details().ephi() && !a.createdAt().isAfter(asOf)) {
                String key = TargetKind.ASSET + ":" + a.id();
                List<String> risks = new ArrayList<>(covering.getOrDefault(key, List.of()));
                risks.addAll(covering.getOrDefault(TargetKind.ASSET_TYPE + ":" + a.details().type().name(), List.of()));
                items.add(item(key, TargetKind.ASSET, a.name(), a.details().type().label()
                        + (a.details().location() == null ? "" : ", " + a.details().location()), exclusions, risks));
            }
        }
        for (DataFlow f : inventory.dataFlows(tenant)) {
            if (!f.createdAt().isAfter(asOf)) {
                String key = TargetKind.DATA_FLOW + ":" + f.id();
                items.add(item(key, TargetKind.DATA_FLOW, f.name(), f.transport(), exclusions, covering.getOrDefault(key, List.of())));
            }
        }
        for (Vendor v : phiVendors(tenant)) {
            if (!v.createdAt().isAfter(asOf)) {
                String key = TargetKind.VENDOR + ":" + v.id();
                items.add(item(key, TargetKind.VENDOR, v.name(), v.category().label(), exclusions, covering.getOrDefault(key, List.of())));
            }
        }
        return items;
    }

    private static ScopeItem item(String key, TargetKind kind, String label, @Nullable String detail,
            Map<String, JdbcAnalyses.Exclusion> exclusions, List<String> risks) {
        var exclusion = exclusions.get(key);
        return new ScopeItem(key, kind, label, detail, exclusion == null ? null : exclusion.justification(), List.copyOf(risks));
    }

    private List<Vendor> phiVendors(TenantId tenant) {
        return vendors.overview(tenant, risks.today(tenant)).vendors().stream().map(r -> r.vendor())
                .filter(v -> v.phi().touchesPhi()).toList();
    }

    private Analysis editable(TenantScope scope, UUID id) {
        scope.require(Permission.EDIT);
        Analysis analysis = get(scope, id);
        if (analysis.completed()) {
            throw new BusinessRuleViolation("risk.analysis-frozen", "A completed analysis is a frozen version; start a new analysis to change it.");
        }
        return analysis;
    }

    private RuntimeException frozenOrMissing(TenantId tenant, UUID id) {
        return analyses.find(tenant, id).isPresent()
                ? new BusinessRuleViolation("risk.analysis-frozen", "A completed analysis is a frozen version; start a new analysis to change it.")
                : new NotFound("risk analysis", id);
    }
}

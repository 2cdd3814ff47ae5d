package io.safeguard.risk;

import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Inventory;
import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.TenantId;
import io.safeguard.vendor.Vendors;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a demo organization's risk analyses and register ({@code demo/risk-<key>.yaml}) once, after the inventory and
 * vendors it refers to: each completed version is frozen with the risks as they stood on its date.
 */
@Component
class RiskDemo {
    private final JdbcRisks risks;
    private final JdbcAnalyses analyses;
    private final RiskAnalyses service;
    private final ThreatLibrary library;
    private final Inventory inventory;
    private final Vendors vendors;
    private final java.time.Clock clock;

    RiskDemo(JdbcRisks risks, JdbcAnalyses analyses, RiskAnalyses service, ThreatLibrary library, Inventory inventory,
            Vendors vendors, java.time.Clock clock) {
        this.clock = clock;
        this.risks = risks;
        this.analyses = analyses;
        this.service = service;
        this.library = library;
        this.inventory = inventory;
        this.vendors = vendors;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/risk-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !risks.all(event.tenantId()).isEmpty() || inventory.assets(event.tenantId()).isEmpty()) {
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            load(event.tenantId(), YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoFile.class));
        }
    }

    private void load(TenantId tenant, DemoFile demo) {
        Map<String, RiskTarget> targets = targets(tenant);
        List<Risk> now = demo.risks().stream().map(r -> r.risk(tenant, targets, library, null)).toList();
        risks.insertAll(tenant, now, clock.instant());
        int version = 0;
        for (DemoAnalysis a : demo.analyses()) {
            version++;
            var analysis = new Analysis(UUID.randomUUID(), a.title(), true, a.scope(), a.method(), a.participants(), a.started(),
                    version, a.completed(), a.completed().atTime(17, 0).toInstant(ZoneOffset.UTC), a.completedBy());
            analyses.insert(tenant, analysis, instant(a.started()));
            for (DemoExclusion x : a.exclusions()) {
                RiskTarget t = targets.get("vendor:" + x.vendor());
                analyses.exclude(tenant, analysis.id(), t.key(), t.label(), x.why());
            }
            boolean first = version == 1;
            List<Risk> then = demo.risks().stream().filter(r -> !r.identified().isAfter(a.completed()))
                    .map(r -> r.risk(tenant, targets, library, new AsOf(a.completed(), first))).toList();
            service.restore(tenant, analysis, then);
        }
    }

    private Map<String, RiskTarget> targets(TenantId tenant) {
        Map<String, RiskTarget> targets = new HashMap<>();
        inventory.assets(tenant).forEach(a -> targets.put("asset:" + a.name(), new RiskTarget(TargetKind.ASSET, a.id().toString(), a.name())));
        inventory.dataFlows(tenant).forEach(f -> targets.put("flow:" + f.name(), new RiskTarget(TargetKind.DATA_FLOW, f.id().toString(), f.name())));
        vendors.overview(tenant, LocalDate.now(clock)).vendors().forEach(r -> targets.put("vendor:" + r.vendor().name(),
                new RiskTarget(TargetKind.VENDOR, r.vendor().id().toString(), r.vendor().name())));
        return targets;
    }

    private static Instant instant(LocalDate date) {
        return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    /** The date a version was frozen, and whether it is the first (rated with {@code v1}). */
    record AsOf(LocalDate date, boolean first) {}

    record DemoFile(List<DemoAnalysis> analyses, List<DemoRisk> risks) {}

    record DemoAnalysis(String title, LocalDate started, LocalDate completed, String completedBy, String scope, String method,
            String participants, List<DemoExclusion> exclusions) {}

    record DemoExclusion(String vendor, String why) {}

    record DemoTreatment(Strategy strategy, List<Integer> residual, LocalDate decided, @Nullable String approver,
            @Nullable LocalDate review, @Nullable String rationale) {}

    record DemoNote(LocalDate at, String by, String text) {}

    record DemoMeasure(String text, @Nullable String owner, @Nullable LocalDate due, MeasureStatus status,
            @Nullable LocalDate completed, @Nullable String requirement, @Nullable List<DemoNote> notes) {}

    record DemoRisk(int ref, @Nullable String asset, @Nullable String type, @Nullable String flow, @Nullable String vendor,
            @Nullable Boolean organization, String threat, String vulnerability, @Nullable String customVulnerability,
            LocalDate identified, int l, int i, @Nullable List<Integer> v1, @Nullable String measuresNow,
            @Nullable DemoTreatment treatment, @Nullable List<DemoMeasure> measures, @Nullable LocalDate closed,
            @Nullable String closeReason) {

        /** The risk as it stood on {@code asOf} (null: as it stands now); the id is derived from the reference. */
        Risk risk(TenantId tenant, Map<String, RiskTarget> targets, ThreatLibrary library, @Nullable AsOf asOf) {
            RiskTarget target = asset != null ? targets.get("asset:" + asset) : flow != null ? targets.get("flow:" + flow)
                    : vendor != null ? targets.get("vendor:" + vendor)
                    : type != null ? new RiskTarget(TargetKind.ASSET_TYPE, type,
                            "All " + AssetType.valueOf(type).label().toLowerCase(java.util.Locale.ROOT) + " assets")
                    : RiskTarget.ORGANIZATION;
            if (target == null) {
                throw new IllegalStateException("demo risk " + ref + " names something not in the demo inventory");
            }
            var threatEntry = library.threat(threat).orElseThrow();
            var vulnerabilityEntry = library.vulnerability(vulnerability).orElseThrow();
            boolean old = asOf != null && asOf.first() && v1 != null;
            var details = new RiskDetails(target, threat, threatEntry.name(), vulnerability,
                    customVulnerability != null ? customVulnerability : vulnerabilityEntry.name(), measuresNow,
                    old ? v1.get(0) : l, old ? v1.get(1) : i);
            LocalDate date = asOf == null ? LocalDate.MAX : asOf.date();
            boolean closedThen = closed != null && !closed.isAfter(date);
            Treatment t = treatment == null || treatment.decided().isAfter(date) ? null
                    : new Treatment(treatment.strategy(), treatment.residual().get(0), treatment.residual().get(1),
                            treatment.rationale(), treatment.approver(), treatment.review(), treatment.decided());
            List<Measure> plan = new ArrayList<>();
            if (t != null && measures != null) {
                int n = 0;
                for (DemoMeasure m : measures) {
                    boolean doneThen = m.completed() != null && !m.completed().isAfter(date);
                    List<ProgressNote> notes = m.notes() == null ? List.of() : m.notes().stream().filter(x -> !x.at().isAfter(date))
                            .map(x -> new ProgressNote(x.at().atTime(15, 0).toInstant(ZoneOffset.UTC), x.by(), x.text())).toList();
                    plan.add(new Measure(UUID.nameUUIDFromBytes((tenant + "-measure-" + ref + "-" + n++).getBytes()), m.text(), m.owner(),
                            m.due(), doneThen ? MeasureStatus.DONE : asOf == null ? m.status() : MeasureStatus.PLANNED,
                            doneThen ? m.completed() : null, m.requirement(), null, notes));
                }
            }
            return new Risk(UUID.nameUUIDFromBytes((tenant + "-risk-" + ref).getBytes()), ref, details,
                    closedThen ? RiskStatus.CLOSED : RiskStatus.OPEN, RiskOrigin.MANUAL, identified,
                    closedThen ? closed : null, closedThen ? closeReason : null, t, plan);
        }
    }
}

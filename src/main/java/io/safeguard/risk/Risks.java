package io.safeguard.risk;

import io.safeguard.catalog.Catalogs;
import io.safeguard.documents.Evidence;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.inventory.Inventory;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Vendors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register, which is the risk management plan of 164.308(a)(1)(ii)(B): risks with their ratings, the
 * treatment of every risk at or above the tenant's threshold, planned measures with owners, due dates and progress.
 */
@Service
@Transactional
public class Risks {
    private final JdbcRisks risks;
    private final ThreatLibrary library;
    private final Questionnaire questionnaire;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Catalogs catalogs;
    private final Evidence evidence;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Risks(JdbcRisks risks, ThreatLibrary library, Questionnaire questionnaire, Inventory inventory, Vendors vendors,
            Catalogs catalogs, Evidence evidence, Organizations organizations, AccountAdministration accounts,
            ActivityTrail trail, Clock clock) {
        this.risks = risks;
        this.library = library;
        this.questionnaire = questionnaire;
        this.inventory = inventory;
        this.vendors = vendors;
        this.catalogs = catalogs;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(zone(tenant)));
    }

    public java.time.ZoneId zone(TenantId tenant) {
        return organizations.get(tenant).zone();
    }

    @Transactional(readOnly = true)
    public RiskSettings settings(TenantId tenant) {
        return risks.settings(tenant).orElse(RiskSettings.DEFAULT);
    }

    /** The method is program policy: owners and compliance officers set it. */
    public RiskSettings updateSettings(TenantScope scope, RiskSettings settings) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        risks.saveSettings(scope.tenantId(), settings, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.settings", "risk-settings", scope.tenantId().value())
                .withDetail("threshold " + settings.threshold().label() + ", review every " + settings.reviewMonths() + " months"));
        return settings;
    }

    @Transactional(readOnly = true)
    public List<Risk> all(TenantId tenant) {
        return risks.all(tenant);
    }

    @Transactional(readOnly = true)
    public RegisterView register(TenantScope scope, RegisterFilter filter) {
        scope.require(Permission.VIEW);
        return RegisterViews.of(risks.all(scope.tenantId()), settings(scope.tenantId()), today(scope.tenantId()), filter);
    }

    /** The plan's exceptions today, in the organization's time zone (for the dashboard and the assessment). */
    @Transactional(readOnly = true)
    public PlanStatus planStatus(TenantId tenant) {
        return planStatus(tenant, today(tenant));
    }

    /** The plan's exceptions on {@code asOf}, from the register as it stands (treatments are not dated history). */
    @Transactional(readOnly = true)
    public PlanStatus planStatus(TenantId tenant, LocalDate asOf) {
        return PlanStatus.of(risks.all(tenant), settings(tenant), asOf);
    }

    @Transactional(readOnly = true)
    public Risk get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return risks.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("risk", id));
    }

    public Risk add(TenantScope scope, RiskDetails details) {
        return add(scope, details, RiskStatus.OPEN, RiskOrigin.MANUAL);
    }

    private Risk add(TenantScope scope, RiskDetails details, RiskStatus status, RiskOrigin origin) {
        scope.require(Permission.EDIT);
        RiskDetails checked = checked(scope.tenantId(), details);
        var risk = new Risk(UUID.randomUUID(), risks.nextReference(scope.tenantId()), checked, status, origin,
                today(scope.tenantId()), null, null, null, List.of());
        risks.insertAll(scope.tenantId(), List.of(risk), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.add", "risk", risk.id())
                .withDetail(risk.code() + " " + checked.target().label() + ": " + checked.threat()));
        return risk;
    }

    /**
     * Adds many risks in one transaction (a register carried over from another tool): the inventory is read once,
     * every target is checked before anything is written, and one trail entry records the batch.
     */
    public List<Risk> addAll(TenantScope scope, List<RiskDetails> all) {
        return insert(scope, all, RiskStatus.OPEN, RiskOrigin.IMPORTED, "risk.add-all");
    }

    private List<Risk> insert(TenantScope scope, List<RiskDetails> all, RiskStatus status, RiskOrigin origin, String action) {
        scope.require(Permission.EDIT);
        TenantId tenant = scope.tenantId();
        var assets = inventory.assets(tenant);
        var flows = inventory.dataFlows(tenant);
        var vendorList = vendors.overview(tenant, today(tenant)).vendors().stream().map(r -> r.vendor()).toList();
        int next = risks.nextReference(tenant);
        LocalDate today = today(tenant);
        List<Risk> added = new ArrayList<>();
        for (RiskDetails d : all) {
            RiskTarget target = Targets.resolve(d.target(), assets, flows, vendorList);
            added.add(new Risk(UUID.randomUUID(), next++, new RiskDetails(target,
                    library.threat(d.threatId()).map(ThreatLibrary.Threat::id).orElse(null), d.threat(),
                    library.vulnerability(d.vulnerabilityId()).map(ThreatLibrary.Vulnerability::id).orElse(null), d.vulnerability(), d.currentMeasures(), d.likelihood(), d.impact()), status, origin, today,
                    null, null, null, List.of()));
        }
        if (!added.isEmpty()) {
            risks.insertAll(tenant, added, clock.instant());
            trail.record(ActivityEntry.of(tenant, action, "risk-register", tenant.value()).withDetail(added.size() + " risks"));
        }
        return added;
    }

    public Risk update(TenantScope scope, UUID id, RiskDetails details) {
        Risk before = editable(scope, id);
        RiskDetails checked = checked(scope.tenantId(), details);
        risks.update(scope.tenantId(), id, checked, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.update", "risk", id).withDetail(before.code() + rating(checked)));
        return get(scope, id);
    }

    /** A draft from a suggestion or the questionnaire joins the analysis once someone confirms it, rated. */
    public Risk confirm(TenantScope scope, UUID id) {
        Risk risk = editable(scope, id);
        if (risk.status() != RiskStatus.DRAFT) {
            throw new BusinessRuleViolation("risk.not-draft", "Only a draft risk is confirmed.");
        }
        if (!risk.details().rated()) {
            throw new BusinessRuleViolation("risk.unrated", "Rate the likelihood and impact before confirming the risk.");
        }
        risks.setStatus(scope.tenantId(), id, RiskStatus.OPEN, null, null, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.confirm", "risk", id).withDetail(risk.code()));
        return get(scope, id);
    }

    /** Closing a risk at or above the threshold takes it out of the plan: a decision for owners and compliance officers. */
    public Risk close(TenantScope scope, UUID id, String reason) {
        Risk risk = editable(scope, id);
        if (risk.needsTreatment(settings(scope.tenantId()))) {
            scope.require(Permission.MANAGE_ORGANIZATION);
        }
        String why = Texts.required(reason, 500, "risk.close-reason", "Say why the risk no longer exists (at most 500 characters).");
        risks.setStatus(scope.tenantId(), id, RiskStatus.CLOSED, today(scope.tenantId()), why, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.close", "risk", id).withDetail(risk.code() + ": " + why));
        return get(scope, id);
    }

    /**
     * Records the treatment decision. Accepting, transferring or avoiding a risk, or replacing such a decision, is a
     * management decision (owner or compliance officer); contributors plan mitigation.
     */
    public Risk treat(TenantScope scope, UUID id, Treatment treatment) {
        Risk risk = editable(scope, id);
        if (treatment.strategy() != Strategy.MITIGATE
                || risk.treatment() != null && risk.treatment().strategy() != Strategy.MITIGATE) {
            scope.require(Permission.MANAGE_ORGANIZATION);
        }
        risks.treat(scope.tenantId(), id, treatment, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.treat", "risk", id)
                .withDetail(risk.code() + " " + treatment.strategy().label()));
        return get(scope, id);
    }

    public Risk addMeasure(TenantScope scope, UUID riskId, String description, @Nullable String owner, @Nullable LocalDate dueOn,
            @Nullable String requirementId, @Nullable UUID evidenceId) {
        Risk risk = editable(scope, riskId);
        if (dueOn == null) {
            throw new BusinessRuleViolation("risk.measure-due", "Give the measure a due date: the plan is tracked by it.");
        }
        var measure = new Measure(UUID.randomUUID(),
                Texts.required(description, 1000, "risk.measure", "Describe the planned measure (at most 1000 characters)."),
                Texts.required(owner, 160, "risk.measure-owner", "Name who owns the measure (at most 160 characters)."), dueOn, MeasureStatus.PLANNED, null, requirement(scope.tenantId(), requirementId),
                evidence(scope.tenantId(), evidenceId), List.of());
        risks.insertMeasure(scope.tenantId(), riskId, measure, risk.measures().size(), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.measure.add", "risk", riskId)
                .withDetail(risk.code() + ": " + measure.description()));
        return get(scope, riskId);
    }

    /** Moves a measure along (with an optional progress note); done measures get today's date. */
    public Risk progress(TenantScope scope, UUID measureId, MeasureStatus status, @Nullable String note, @Nullable UUID evidenceId) {
        scope.require(Permission.EDIT);
        UUID riskId = risks.riskOfMeasure(scope.tenantId(), measureId).orElseThrow(() -> new NotFound("measure", measureId));
        Risk risk = editable(scope, riskId);
        Measure measure = risk.measures().stream().filter(m -> m.id().equals(measureId)).findFirst().orElseThrow();
        LocalDate today = today(scope.tenantId());
        UUID proof = evidenceId == null ? measure.evidenceId() : evidence(scope.tenantId(), evidenceId);
        risks.updateMeasure(scope.tenantId(), measureId, status, status == MeasureStatus.DONE
                ? (measure.completedOn() == null ? today : measure.completedOn()) : null, measure.dueOn(), proof);
        String text = Texts.clean(note, 2000);
        if (text != null || status != measure.status()) {
            risks.insertNote(scope.tenantId(), measureId, new ProgressNote(clock.instant(),
                    accounts.summary(scope.accountId()).email(), text == null ? "Status: " + status.label() : text));
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "risk.measure.progress", "risk", riskId)
                .withDetail(risk.code() + ": " + measure.description() + " -> " + status.label()));
        return get(scope, riskId);
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(TenantScope scope) {
        scope.require(Permission.VIEW);
        TenantId tenant = scope.tenantId();
        LocalDate today = today(tenant);
        return Suggestions.from(library, inventory.assets(tenant), inventory.dataFlows(tenant), vendors.overview(tenant, today),
                risks.all(tenant), today);
    }

    /** Adds the chosen suggestions as draft risks with the library's suggested ratings, in one batch. */
    public List<Risk> addSuggestions(TenantScope scope, List<String> keys) {
        scope.require(Permission.EDIT);
        var chosen = new java.util.HashSet<>(keys);
        List<RiskDetails> details = suggestions(scope).stream().filter(s -> chosen.contains(s.key()))
                .map(s -> new RiskDetails(s.target(), s.threat().id(), s.threat().name(), s.vulnerability().id(),
                        s.vulnerability().name() + ": " + s.because() + ".", null, s.vulnerability().likelihood(),
                        s.vulnerability().impact())).toList();
        return insert(scope, details, RiskStatus.DRAFT, RiskOrigin.SUGGESTED, "risk.add-suggestions");
    }

    /** Turns the answers that reveal a weakness into draft risks about the whole organization, once each. */
    public List<Risk> answer(TenantScope scope, Map<String, Questionnaire.Answer> answers) {
        scope.require(Permission.EDIT);
        var existing = risks.all(scope.tenantId()).stream()
                .filter(r -> r.status() != RiskStatus.CLOSED && r.details().target().kind() == TargetKind.ORGANIZATION)
                .map(r -> r.details().vulnerabilityId()).toList();
        List<Risk> added = new ArrayList<>();
        for (var q : questionnaire.questions()) {
            var answer = answers.get(q.id());
            if (answer == null || !q.revealsRisk(answer) || existing.contains(q.vulnerability())
                    || added.stream().anyMatch(r -> q.vulnerability().equals(r.details().vulnerabilityId()))) {
                continue;
            }
            var threat = library.threat(q.threat()).orElseThrow();
            var vulnerability = library.vulnerability(q.vulnerability()).orElseThrow();
            String said = answer == Questionnaire.Answer.UNSURE ? "not sure" : answer.name().toLowerCase(java.util.Locale.ROOT);
            added.add(add(scope, new RiskDetails(RiskTarget.ORGANIZATION, threat.id(), threat.name(), vulnerability.id(),
                    vulnerability.name() + ". Questionnaire: \"" + q.text() + "\" answered " + said + ".", null,
                    q.likelihood(), q.impact()), RiskStatus.DRAFT, RiskOrigin.QUESTIONNAIRE));
        }
        return added;
    }

    private Risk editable(TenantScope scope, UUID id) {
        scope.require(Permission.EDIT);
        Risk risk = get(scope, id);
        if (risk.status() == RiskStatus.CLOSED) {
            throw new BusinessRuleViolation("risk.closed", "This risk is closed; record a new risk if it returns.");
        }
        return risk;
    }

    /** The target must be this organization's own asset, data flow or vendor, named as it is now. */
    private RiskDetails checked(TenantId tenant, RiskDetails d) {
        RiskTarget target = Targets.resolve(d.target(), inventory.assets(tenant), inventory.dataFlows(tenant),
                vendors.overview(tenant, today(tenant)).vendors().stream().map(r -> r.vendor()).toList());
        return new RiskDetails(target, library.threat(d.threatId()).map(ThreatLibrary.Threat::id).orElse(null), d.threat(),
                library.vulnerability(d.vulnerabilityId()).map(ThreatLibrary.Vulnerability::id).orElse(null), d.vulnerability(),
                d.currentMeasures(), d.likelihood(), d.impact());
    }

    private @Nullable String requirement(TenantId tenant, @Nullable String id) {
        String value = Texts.clean(id, 64);
        if (value != null && catalogs.find(tenant, today(tenant), value).isEmpty()) {
            throw new BusinessRuleViolation("risk.requirement", "No catalog requirement " + value + " is in force.");
        }
        return value;
    }

    private @Nullable UUID evidence(TenantId tenant, @Nullable UUID id) {
        if (id != null && evidence.find(tenant, id).isEmpty()) {
            throw new NotFound("evidence", id);
        }
        return id;
    }

    private static String rating(RiskDetails d) {
        return d.rated() ? " rated L" + d.likelihood() + " x I" + d.impact() : " unrated";
    }
}

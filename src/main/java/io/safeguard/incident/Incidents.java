package io.safeguard.incident;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Inventory;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.Vendors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents from intake to determination (45 CFR 164.400-414): the facts, an append-only timeline, the breach
 * determination kept with who decided and why, the safe harbor read from the inventory's dated encryption records,
 * and the notification deadlines counted in the organization's time zone. Nothing is deleted (164.414(b), 164.530(j)).
 */
@Service
@Transactional
public class Incidents {
    private final JdbcIncidents incidents;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Incidents(JdbcIncidents incidents, Inventory inventory, Vendors vendors, Organizations organizations,
            AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.incidents = incidents;
        this.inventory = inventory;
        this.vendors = vendors;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public ZoneId zone(TenantId tenant) {
        return organizations.get(tenant).zone();
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(zone(tenant)));
    }

    @Transactional(readOnly = true)
    public List<Incident> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return incidents.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<Incident> all(TenantId tenant) {
        return incidents.all(tenant);
    }

    @Transactional(readOnly = true)
    public Incident get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return find(scope.tenantId(), id);
    }

    public Incident report(TenantScope scope, IncidentDetails details) {
        scope.require(Permission.EDIT);
        TenantId tenant = scope.tenantId();
        if (details.discoveredOn().isAfter(today(tenant))) {
            throw new BusinessRuleViolation("incident.dates", "The discovery date cannot be in the future.");
        }
        var assets = assetsById(tenant);
        details.assetIds().forEach(id -> {
            if (!assets.containsKey(id)) {
                throw new NotFound("asset", id);
            }
        });
        var vendorIds = vendors.list(scope).stream().map(Vendor::id).collect(Collectors.toSet());
        details.vendorIds().forEach(id -> {
            if (!vendorIds.contains(id)) {
                throw new NotFound("vendor", id);
            }
        });
        UUID id = UUID.randomUUID();
        int ref = incidents.nextReference(tenant);
        incidents.insert(tenant, id, ref, details, who(scope), clock.instant());
        trail.record(ActivityEntry.of(tenant, "incident.report", "incident", id)
                .withDetail("INC-%03d %s (discovered %s, %d individuals)".formatted(ref, details.title(), details.discoveredOn(), details.affected())));
        return find(tenant, id);
    }

    /** Adds an action or fact to the timeline; entries are never changed or removed. */
    public Incident addToTimeline(TenantScope scope, UUID id, @Nullable LocalDate happenedOn, String text) {
        scope.require(Permission.EDIT);
        Incident incident = find(scope.tenantId(), id);
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty() || entry.length() > 2000) {
            throw new BusinessRuleViolation("incident.timeline", "Describe the action or fact (at most 2000 characters).");
        }
        LocalDate on = happenedOn == null ? today(scope.tenantId()) : happenedOn;
        var e = new TimelineEntry(UUID.randomUUID(), on, entry, who(scope), clock.instant());
        incidents.appendTimeline(scope.tenantId(), id, e);
        if (incident.status() == IncidentStatus.REPORTED) {
            incidents.updateStatus(scope.tenantId(), id, IncidentStatus.ASSESSING, clock.instant());
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.timeline", "incident", id).withDetail(incident.code() + " " + on + ": " + entry));
        return find(scope.tenantId(), id);
    }

    /**
     * The safe harbor as the inventory shows it on every day of the incident that could differ: the first and last day
     * and each day inside the period on which an involved asset's encryption record changed (regulation.md 2.2: the PHI
     * must have been secured throughout, so a weakening mid-period counts even if it was undone before the end).
     */
    @Transactional(readOnly = true)
    public SafeHarbor safeHarbor(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return safeHarbor(scope.tenantId(), find(scope.tenantId(), id));
    }

    private SafeHarbor safeHarbor(TenantId tenant, Incident incident) {
        var assets = assetsById(tenant);
        LocalDate from = incident.details().occurredFrom();
        LocalDate to = incident.details().occurredTo() == null ? from : incident.details().occurredTo();
        List<AssetCheck> checks = new ArrayList<>();
        for (UUID assetId : incident.details().assetIds()) {
            Asset asset = assets.get(assetId);
            String name = asset == null ? assetId.toString() : asset.name();
            var days = new java.util.TreeSet<>(List.of(from, to));
            inventory.encryptionHistory(tenant, assetId).stream().map(r -> r.effectiveOn())
                    .filter(day -> day.isAfter(from) && day.isBefore(to)).forEach(days::add);
            for (LocalDate day : days) {
                checks.add(new AssetCheck(assetId, name, day, inventory.encryptionOn(tenant, assetId, day).orElse(null)));
            }
        }
        return SafeHarbor.of(checks);
    }

    /** What the record supports today: the safe harbor, an exception, low probability, or else the presumed breach. */
    @Transactional(readOnly = true)
    public Conclusion propose(TenantScope scope, UUID id, @Nullable BreachException exception, RiskAssessment assessment) {
        return Determinations.propose(safeHarbor(scope, id), exception, assessment);
    }

    /** Records a determination with who decided, when and why; earlier determinations are kept. */
    public Incident determine(TenantScope scope, UUID id, Conclusion conclusion, @Nullable BreachException exception,
            RiskAssessment assessment, String rationale) {
        scope.require(Permission.EDIT);
        TenantId tenant = scope.tenantId();
        Incident incident = find(tenant, id);
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.closed", "The incident is closed; its determination is part of the record.");
        }
        SafeHarbor harbor = safeHarbor(tenant, incident);
        Determinations.check(conclusion, harbor, conclusion == Conclusion.EXCEPTION ? exception : null, assessment, rationale);
        var determination = new Determination(UUID.randomUUID(), conclusion, conclusion == Conclusion.EXCEPTION ? exception : null,
                assessment, harbor.basis(), rationale.strip(), who(scope), today(tenant), clock.instant());
        incidents.appendDetermination(tenant, id, determination);
        if (incident.status().canMoveTo(IncidentStatus.DETERMINED)) {
            incidents.updateStatus(tenant, id, IncidentStatus.DETERMINED, clock.instant());
        }
        trail.record(ActivityEntry.of(tenant, "incident.determine", "incident", id)
                .withDetail(incident.code() + ": " + conclusion.name() + ". " + determination.rationale()));
        return find(tenant, id);
    }

    public Incident moveTo(TenantScope scope, UUID id, IncidentStatus status) {
        scope.require(Permission.EDIT);
        Incident incident = find(scope.tenantId(), id);
        if (!incident.status().canMoveTo(status)) {
            throw new BusinessRuleViolation("incident.status", "An incident moves forward only: it is " + incident.status().label() + ".");
        }
        if (incident.determination() == null && status.ordinal() >= IncidentStatus.DETERMINED.ordinal()) {
            throw new BusinessRuleViolation("incident.status", "Record the breach determination first (164.414(b)).");
        }
        if (status == IncidentStatus.NOTIFYING && !incident.breach()) {
            throw new BusinessRuleViolation("incident.status", "Only a breach is notified.");
        }
        incidents.updateStatus(scope.tenantId(), id, status, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.status", "incident", id).withDetail(incident.code() + ": " + status.label()));
        return find(scope.tenantId(), id);
    }

    /** Records a law-enforcement statement (164.412): written with its end date, or oral, documented, 30 days at most. */
    public Incident recordDelay(TenantScope scope, UUID id, LawEnforcementDelay delay, String official) {
        scope.require(Permission.EDIT);
        Incident incident = find(scope.tenantId(), id);
        if (official == null || official.isBlank()) {
            throw new BusinessRuleViolation("incident.delay", "Document the official's identity and agency (164.412).");
        }
        incidents.recordDelay(scope.tenantId(), id, delay, official.strip(), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.delay", "incident", id)
                .withDetail(incident.code() + ": " + (delay.written() ? "written" : "oral") + " statement of " + delay.statedOn()
                        + " by " + official.strip() + ", until " + delay.ends()));
        return find(scope.tenantId(), id);
    }

    /** The notices a breach requires with days left from today; empty until the determination is a breach. */
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return deadlines(scope.tenantId(), find(scope.tenantId(), id));
    }

    @Transactional(readOnly = true)
    public List<Deadline> deadlines(TenantId tenant, Incident incident) {
        if (!incident.breach()) {
            return List.of();
        }
        Organization organization = organizations.get(tenant);
        LocalDate today = today(tenant);
        var d = incident.details();
        return BreachDeadlines.of(d.discoveredOn(), d.affected(), d.perState(),
                        organization.entityType() == EntityType.BUSINESS_ASSOCIATE, incident.delay()).stream()
                .map(o -> new Deadline(o, ChronoUnit.DAYS.between(today, o.dueOn())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> assetNames(TenantId tenant) {
        return inventory.assets(tenant).stream().collect(Collectors.toMap(Asset::id, Asset::name));
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> vendorNames(TenantScope scope) {
        return vendors.list(scope).stream().collect(Collectors.toMap(Vendor::id, Vendor::name));
    }

    public Organization organization(TenantId tenant) {
        return organizations.get(tenant);
    }

    private Incident find(TenantId tenant, UUID id) {
        return incidents.find(tenant, id).orElseThrow(() -> new NotFound("incident", id));
    }

    private Map<UUID, Asset> assetsById(TenantId tenant) {
        return inventory.assets(tenant).stream().collect(Collectors.toMap(Asset::id, Function.identity()));
    }

    private String who(TenantScope scope) {
        return accounts.summary(scope.accountId()).email();
    }
}

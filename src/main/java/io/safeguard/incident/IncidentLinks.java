package io.safeguard.incident;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.risk.Risk;
import io.safeguard.risk.Risks;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an incident file holds besides its own record: attached files (kept in the evidence store, under its retention
 * and hold rules) and links to the risk-register items the incident showed or touched. Links are only added.
 */
@Service
@Transactional
public class IncidentLinks {
    public enum Kind { EVIDENCE, RISK }

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final Evidence evidence;
    private final Risks risks;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    IncidentLinks(JdbcClient jdbc, Incidents incidents, Evidence evidence, Risks risks, AccountAdministration accounts,
            ActivityTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.evidence = evidence;
        this.risks = risks;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    /** Links a file or a risk of this organization (another organization's id is not found); linking twice is a no-op. */
    public void link(TenantScope scope, UUID incidentId, Kind kind, UUID targetId) {
        scope.require(Permission.EDIT);
        incidents.get(scope, incidentId);
        if (kind == Kind.EVIDENCE && evidence.find(scope.tenantId(), targetId).isEmpty()) {
            throw new NotFound("evidence", targetId);
        }
        if (kind == Kind.RISK) {
            risks.get(scope, targetId);
        }
        if (targets(scope, incidentId, kind).contains(targetId)) {
            return;
        }
        insert(scope.tenantId(), incidentId, new Link(kind, targetId, accounts.summary(scope.accountId()).email(), clock.instant()));
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.link", "incident", incidentId).withDetail(kind + " " + targetId));
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> attachments(TenantScope scope, UUID incidentId) {
        return targets(scope, incidentId, Kind.EVIDENCE).stream().map(id -> evidence.find(scope.tenantId(), id))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    public List<Risk> linkedRisks(TenantScope scope, UUID incidentId) {
        return targets(scope, incidentId, Kind.RISK).stream().map(id -> risks.get(scope, id)).toList();
    }

    /** The organization's files in the evidence store, for the attach form. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceChoices(TenantScope scope) {
        return evidence.list(scope);
    }

    /** Open risks of the register, for the link form. */
    @Transactional(readOnly = true)
    public List<Risk> riskChoices(TenantScope scope) {
        scope.require(Permission.VIEW);
        return risks.all(scope.tenantId()).stream().filter(Risk::open).toList();
    }

    /** A link as recorded: what, by whom and when (for the bundle). */
    record Link(Kind kind, UUID targetId, String linkedBy, Instant linkedAt) {}

    void insert(TenantId tenant, UUID incidentId, Link link) {
        jdbc.sql("""
                INSERT INTO incident.link (incident_id, tenant_id, kind, target_id, linked_by, linked_at)
                VALUES (:incident, :tenant, :kind, :target, :by, :at)
                """).param("incident", incidentId).param("tenant", tenant.value()).param("kind", link.kind().name())
                .param("target", link.targetId()).param("by", link.linkedBy())
                .param("at", link.linkedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).update();
    }

    /** Every link of the organization's incidents, by incident, in the order made. */
    @Transactional(readOnly = true)
    Map<UUID, List<Link>> all(TenantId tenant) {
        Map<UUID, List<Link>> links = new HashMap<>();
        jdbc.sql("SELECT incident_id, kind, target_id, linked_by, linked_at FROM incident.link WHERE tenant_id = :tenant ORDER BY linked_at, kind, target_id")
                .param("tenant", tenant.value())
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Link(Kind.valueOf(rs.getString(2)),
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                });
        return links;
    }

    private List<UUID> targets(TenantScope scope, UUID incidentId, Kind kind) {
        incidents.get(scope, incidentId); // another organization's incident is not found
        return jdbc.sql("SELECT target_id FROM incident.link WHERE tenant_id = :tenant AND incident_id = :incident AND kind = :kind ORDER BY linked_at")
                .param("tenant", scope.tenantId().value()).param("incident", incidentId).param("kind", kind.name())
                .query(UUID.class).list();
    }
}

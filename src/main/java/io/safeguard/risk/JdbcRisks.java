package io.safeguard.risk;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's rows: risks with their treatment columns, measures and their notes, and the tenant's settings. */
@Repository
class JdbcRisks {
    private static final String RISK_COLUMNS = """
            id, ref_no, target_kind, target_ref, target_label, threat_id, threat, vulnerability_id, vulnerability,
            current_measures, likelihood, impact, status, origin, identified_on, closed_on, close_reason, strategy,
            residual_likelihood, residual_impact, rationale, approver, review_on, decided_on""";

    private final JdbcClient jdbc;

    JdbcRisks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RiskSettings> settings(TenantId tenant) {
        return jdbc.sql("SELECT matrix, threshold, review_months FROM risk.settings WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query((rs, n) -> new RiskSettings(new RiskMatrix(rs.getString(1)), RiskLevel.valueOf(rs.getString(2)), rs.getInt(3)))
                .optional();
    }

    void saveSettings(TenantId tenant, RiskSettings s, Instant now) {
        int updated = jdbc.sql("UPDATE risk.settings SET matrix = :m, threshold = :t, review_months = :r, updated_at = :now WHERE tenant_id = :tenant")
                .param("m", s.matrix().cells()).param("t", s.threshold().name()).param("r", s.reviewMonths())
                .param("now", utc(now)).param("tenant", tenant.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO risk.settings (tenant_id, matrix, threshold, review_months, updated_at) VALUES (:tenant, :m, :t, :r, :now)")
                    .param("m", s.matrix().cells()).param("t", s.threshold().name()).param("r", s.reviewMonths())
                    .param("now", utc(now)).param("tenant", tenant.value()).update();
        }
    }

    /** Every risk of the tenant with its measures and notes: three queries, whatever the size of the register. */
    List<Risk> all(TenantId tenant) {
        Map<UUID, List<Measure>> measures = measures(tenant, null);
        return jdbc.sql("SELECT " + RISK_COLUMNS + " FROM risk.risk WHERE tenant_id = :tenant ORDER BY ref_no")
                .param("tenant", tenant.value())
                .query((rs, n) -> risk(rs, measures))
                .list();
    }

    Optional<Risk> find(TenantId tenant, UUID id) {
        Map<UUID, List<Measure>> measures = measures(tenant, id);
        return jdbc.sql("SELECT " + RISK_COLUMNS + " FROM risk.risk WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> risk(rs, measures))
                .optional();
    }

    Optional<UUID> riskOfMeasure(TenantId tenant, UUID measureId) {
        return jdbc.sql("SELECT risk_id FROM risk.measure WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", measureId).query(UUID.class).optional();
    }

    int nextReference(TenantId tenant) {
        return jdbc.sql("SELECT COALESCE(MAX(ref_no), 0) + 1 FROM risk.risk WHERE tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Integer.class).single();
    }

    void insertAll(TenantId tenant, Collection<Risk> risks, Instant now) {
        for (Risk r : risks) {
            var d = r.details();
            var spec = jdbc.sql("""
                    INSERT INTO risk.risk (id, tenant_id, ref_no, target_kind, target_ref, target_label, threat_id, threat,
                        vulnerability_id, vulnerability, current_measures, likelihood, impact, status, origin, identified_on,
                        closed_on, close_reason, created_at, updated_at)
                    VALUES (:id, :tenant, :ref, :kind, :tref, :tlabel, :threatId, :threat, :vulnId, :vuln, :measures, :l, :i,
                        :status, :origin, :identified, :closed, :closeReason, :now, :now)
                    """)
                    .param("id", r.id()).param("tenant", tenant.value()).param("ref", r.reference())
                    .param("status", r.status().name()).param("origin", r.origin().name())
                    .param("identified", r.identifiedOn()).param("closed", r.closedOn()).param("closeReason", r.closeReason())
                    .param("now", utc(now));
            details(spec, d).update();
            if (r.treatment() != null) {
                treat(tenant, r.id(), r.treatment(), now);
            }
            for (int i = 0; i < r.measures().size(); i++) {
                Measure m = r.measures().get(i);
                insertMeasure(tenant, r.id(), m, i, now);
                for (ProgressNote note : m.notes()) {
                    insertNote(tenant, m.id(), note);
                }
            }
        }
    }

    void update(TenantId tenant, UUID id, RiskDetails d, Instant now) {
        details(jdbc.sql("""
                UPDATE risk.risk SET target_kind = :kind, target_ref = :tref, target_label = :tlabel, threat_id = :threatId,
                    threat = :threat, vulnerability_id = :vulnId, vulnerability = :vuln, current_measures = :measures,
                    likelihood = :l, impact = :i, updated_at = :now
                WHERE tenant_id = :tenant AND id = :id
                """), d).param("tenant", tenant.value()).param("id", id).param("now", utc(now)).update();
    }

    void setStatus(TenantId tenant, UUID id, RiskStatus status, @Nullable LocalDate closedOn, @Nullable String reason, Instant now) {
        jdbc.sql("UPDATE risk.risk SET status = :s, closed_on = :c, close_reason = :r, updated_at = :now WHERE tenant_id = :tenant AND id = :id")
                .param("s", status.name()).param("c", closedOn).param("r", reason).param("now", utc(now))
                .param("tenant", tenant.value()).param("id", id).update();
    }

    void treat(TenantId tenant, UUID id, Treatment t, Instant now) {
        jdbc.sql("""
                UPDATE risk.risk SET strategy = :s, residual_likelihood = :rl, residual_impact = :ri, rationale = :why,
                    approver = :approver, review_on = :review, decided_on = :decided, updated_at = :now
                WHERE tenant_id = :tenant AND id = :id
                """)
                .param("s", t.strategy().name()).param("rl", t.residualLikelihood()).param("ri", t.residualImpact())
                .param("why", t.rationale()).param("approver", t.approver()).param("review", t.reviewOn())
                .param("decided", t.decidedOn()).param("now", utc(now)).param("tenant", tenant.value()).param("id", id)
                .update();
    }

    /** {@code position} orders a risk's measures as they were planned (0, 1, 2 ...). */
    void insertMeasure(TenantId tenant, UUID riskId, Measure m, int position, Instant now) {
        jdbc.sql("""
                INSERT INTO risk.measure (id, tenant_id, risk_id, description, owner, due_on, status, completed_on,
                    requirement_id, evidence_id, position, created_at)
                VALUES (:id, :tenant, :risk, :d, :owner, :due, :status, :completed, :req, :evidence, :position, :now)
                """)
                .param("position", position)
                .param("id", m.id()).param("tenant", tenant.value()).param("risk", riskId).param("d", m.description())
                .param("owner", m.owner()).param("due", m.dueOn()).param("status", m.status().name())
                .param("completed", m.completedOn()).param("req", m.requirementId()).param("evidence", m.evidenceId())
                .param("now", utc(now)).update();
    }

    void updateMeasure(TenantId tenant, UUID measureId, MeasureStatus status, @Nullable LocalDate completedOn,
            @Nullable LocalDate dueOn, @Nullable UUID evidenceId) {
        jdbc.sql("""
                UPDATE risk.measure SET status = :s, completed_on = :c, due_on = :due, evidence_id = :e
                WHERE tenant_id = :tenant AND id = :id
                """)
                .param("s", status.name()).param("c", completedOn).param("due", dueOn).param("e", evidenceId)
                .param("tenant", tenant.value()).param("id", measureId).update();
    }

    void insertNote(TenantId tenant, UUID measureId, ProgressNote note) {
        jdbc.sql("""
                INSERT INTO risk.progress_note (id, tenant_id, measure_id, written_at, author, note_text)
                VALUES (:id, :tenant, :m, :at, :author, :text)
                """)
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("m", measureId)
                .param("at", utc(note.writtenAt())).param("author", note.author()).param("text", note.text()).update();
    }

    private Map<UUID, List<Measure>> measures(TenantId tenant, @Nullable UUID riskId) {
        String onlyRisk = riskId == null ? "" : " AND risk_id = :risk";
        Map<UUID, List<ProgressNote>> notes = new HashMap<>();
        jdbc.sql("""
                SELECT n.measure_id, n.written_at, n.author, n.note_text FROM risk.progress_note n
                JOIN risk.measure m ON m.id = n.measure_id
                WHERE n.tenant_id = :tenant""" + onlyRisk.replace("risk_id", "m.risk_id") + " ORDER BY n.written_at, n.note_text")
                .param("tenant", tenant.value()).param("risk", riskId)
                .query(rs -> {
                    notes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new ProgressNote(
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4)));
                });
        Map<UUID, List<Measure>> byRisk = new HashMap<>();
        jdbc.sql("""
                SELECT id, risk_id, description, owner, due_on, status, completed_on, requirement_id, evidence_id
                FROM risk.measure WHERE tenant_id = :tenant""" + onlyRisk + " ORDER BY position, created_at, description")
                .param("tenant", tenant.value()).param("risk", riskId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byRisk.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new Measure(id,
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            MeasureStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8),
                            rs.getObject(9, UUID.class), List.copyOf(notes.getOrDefault(id, List.of()))));
                });
        return byRisk;
    }

    private static Risk risk(ResultSet rs, Map<UUID, List<Measure>> measures) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        var target = new RiskTarget(TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_ref"),
                rs.getString("target_label"));
        var details = new RiskDetails(target, rs.getString("threat_id"), rs.getString("threat"),
                rs.getString("vulnerability_id"), rs.getString("vulnerability"), rs.getString("current_measures"),
                rs.getObject("likelihood", Integer.class), rs.getObject("impact", Integer.class));
        String strategy = rs.getString("strategy");
        Treatment treatment = strategy == null ? null : new Treatment(Strategy.valueOf(strategy),
                rs.getObject("residual_likelihood", Integer.class), rs.getObject("residual_impact", Integer.class),
                rs.getString("rationale"), rs.getString("approver"), rs.getObject("review_on", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class));
        return new Risk(id, rs.getInt("ref_no"), details, RiskStatus.valueOf(rs.getString("status")),
                RiskOrigin.valueOf(rs.getString("origin")), rs.getObject("identified_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getString("close_reason"), treatment,
                List.copyOf(measures.getOrDefault(id, List.of())));
    }

    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec spec, RiskDetails d) {
        return spec.param("kind", d.target().kind().name()).param("tref", d.target().ref())
                .param("tlabel", d.target().label()).param("threatId", d.threatId()).param("threat", d.threat())
                .param("vulnId", d.vulnerabilityId()).param("vuln", d.vulnerability())
                .param("measures", d.currentMeasures()).param("l", d.likelihood()).param("i", d.impact());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}

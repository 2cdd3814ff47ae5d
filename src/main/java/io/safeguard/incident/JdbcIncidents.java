package io.safeguard.incident;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incident rows: facts, involved assets and vendors, counts per State, the appended timeline and determinations. */
@Repository
class JdbcIncidents {
    private static final String COLUMNS = """
            id, ref_no, title, what_happened, occurred_from, occurred_to, discovered_on, discovered_by, phi_types, affected,
            missing_contact, status, le_stated_on, le_written, le_until, le_official, reported_by, created_at""";

    private final JdbcClient jdbc;

    JdbcIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Incident> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident.incident WHERE tenant_id = :tenant ORDER BY ref_no DESC")
                .param("tenant", tenant.value()).query((rs, n) -> rs.getObject("id", UUID.class)).list()
                .stream().map(id -> find(tenant, id).orElseThrow()).toList();
    }

    Optional<Incident> find(TenantId tenant, UUID id) {
        var assets = ids("asset_id", "incident.involved_asset", tenant, id);
        var vendors = ids("vendor_id", "incident.involved_vendor", tenant, id);
        Map<String, Integer> perState = new LinkedHashMap<>();
        jdbc.sql("SELECT state, residents FROM incident.affected_state WHERE tenant_id = :tenant AND incident_id = :id ORDER BY state")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> perState.put(rs.getString(1), rs.getInt(2))).list();
        var timeline = jdbc.sql("""
                SELECT id, happened_on, entry_text, author, recorded_at FROM incident.timeline_entry
                WHERE tenant_id = :tenant AND incident_id = :id ORDER BY happened_on, recorded_at""")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> new TimelineEntry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), instant(rs, 5)))
                .list();
        var determinations = jdbc.sql("""
                SELECT id, conclusion, exception_code, nature_text, nature_level, recipient_text, recipient_level, acquired_text,
                       acquired_level, mitigation_text, mitigation_level, safe_harbor_basis, rationale, decided_by, decided_on, recorded_at
                FROM incident.determination WHERE tenant_id = :tenant AND incident_id = :id ORDER BY recorded_at DESC""")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> new Determination(rs.getObject(1, UUID.class), Conclusion.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : BreachException.valueOf(rs.getString(3)),
                        new RiskAssessment(factor(rs, 4), factor(rs, 6), factor(rs, 8), factor(rs, 10)),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getObject(15, LocalDate.class), instant(rs, 16)))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident.incident WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> incident(rs, assets, vendors, perState, timeline, determinations))
                .optional();
    }

    int nextReference(TenantId tenant) {
        return jdbc.sql("SELECT COALESCE(MAX(ref_no), 0) + 1 FROM incident.incident WHERE tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Integer.class).single();
    }

    void insert(TenantId tenant, UUID id, int refNo, IncidentDetails d, String reportedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO incident.incident (id, tenant_id, ref_no, title, what_happened, occurred_from, occurred_to, discovered_on,
                    discovered_by, phi_types, affected, missing_contact, status, reported_by, created_at, updated_at)
                VALUES (:id, :tenant, :ref, :title, :what, :from, :to, :discovered, :by, :phi, :affected, :missing, 'REPORTED',
                    :reportedBy, :now, :now)""")
                .param("id", id).param("tenant", tenant.value()).param("ref", refNo).param("title", d.title())
                .param("what", d.whatHappened()).param("from", d.occurredFrom()).param("to", d.occurredTo())
                .param("discovered", d.discoveredOn()).param("by", d.discoveredBy())
                .param("phi", d.phiTypes().isEmpty() ? null : String.join("; ", d.phiTypes()))
                .param("affected", d.affected()).param("missing", d.missingContact()).param("reportedBy", reportedBy)
                .param("now", utc(now)).update();
        d.assetIds().forEach(asset -> jdbc.sql("INSERT INTO incident.involved_asset (tenant_id, incident_id, asset_id) VALUES (:t, :i, :a)")
                .param("t", tenant.value()).param("i", id).param("a", asset).update());
        d.vendorIds().forEach(vendor -> jdbc.sql("INSERT INTO incident.involved_vendor (tenant_id, incident_id, vendor_id) VALUES (:t, :i, :v)")
                .param("t", tenant.value()).param("i", id).param("v", vendor).update());
        d.perState().forEach((state, residents) -> jdbc.sql(
                        "INSERT INTO incident.affected_state (tenant_id, incident_id, state, residents) VALUES (:t, :i, :s, :r)")
                .param("t", tenant.value()).param("i", id).param("s", state).param("r", residents).update());
    }

    void appendTimeline(TenantId tenant, UUID incident, TimelineEntry e) {
        jdbc.sql("""
                INSERT INTO incident.timeline_entry (id, tenant_id, incident_id, happened_on, entry_text, author, recorded_at)
                VALUES (:id, :tenant, :incident, :on, :text, :author, :at)""")
                .param("id", e.id()).param("tenant", tenant.value()).param("incident", incident).param("on", e.happenedOn())
                .param("text", e.text()).param("author", e.author()).param("at", utc(e.recordedAt())).update();
    }

    void appendDetermination(TenantId tenant, UUID incident, Determination d) {
        RiskAssessment a = d.assessment();
        jdbc.sql("""
                INSERT INTO incident.determination (id, tenant_id, incident_id, conclusion, exception_code, nature_text, nature_level,
                    recipient_text, recipient_level, acquired_text, acquired_level, mitigation_text, mitigation_level,
                    safe_harbor_basis, rationale, decided_by, decided_on, recorded_at)
                VALUES (:id, :tenant, :incident, :conclusion, :exception, :nt, :nl, :rt, :rl, :at, :al, :mt, :ml, :basis, :why,
                    :by, :on, :recorded)""")
                .param("id", d.id()).param("tenant", tenant.value()).param("incident", incident)
                .param("conclusion", d.conclusion().name()).param("exception", d.exception() == null ? null : d.exception().name())
                .param("nt", a.nature().finding()).param("nl", level(a.nature()))
                .param("rt", a.recipient().finding()).param("rl", level(a.recipient()))
                .param("at", a.acquired().finding()).param("al", level(a.acquired()))
                .param("mt", a.mitigation().finding()).param("ml", level(a.mitigation()))
                .param("basis", d.safeHarborBasis()).param("why", d.rationale()).param("by", d.decidedBy())
                .param("on", d.decidedOn()).param("recorded", utc(d.recordedAt())).update();
    }

    void updateStatus(TenantId tenant, UUID id, IncidentStatus status, Instant now) {
        jdbc.sql("UPDATE incident.incident SET status = :status, updated_at = :now WHERE tenant_id = :tenant AND id = :id")
                .param("status", status.name()).param("now", utc(now)).param("tenant", tenant.value()).param("id", id).update();
    }

    void recordDelay(TenantId tenant, UUID id, LawEnforcementDelay delay, String official, Instant now) {
        jdbc.sql("""
                UPDATE incident.incident SET le_stated_on = :stated, le_written = :written, le_until = :until, le_official = :official,
                    updated_at = :now WHERE tenant_id = :tenant AND id = :id""")
                .param("stated", delay.statedOn()).param("written", delay.written()).param("until", delay.until())
                .param("official", official).param("now", utc(now)).param("tenant", tenant.value()).param("id", id).update();
    }

    private List<UUID> ids(String column, String table, TenantId tenant, UUID incident) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE tenant_id = :tenant AND incident_id = :id")
                .param("tenant", tenant.value()).param("id", incident).query(UUID.class).list();
    }

    private static Incident incident(ResultSet rs, List<UUID> assets, List<UUID> vendors, Map<String, Integer> perState,
            List<TimelineEntry> timeline, List<Determination> determinations) throws SQLException {
        String phi = rs.getString("phi_types");
        var details = new IncidentDetails(rs.getString("title"), rs.getString("what_happened"),
                rs.getObject("occurred_from", LocalDate.class), rs.getObject("occurred_to", LocalDate.class),
                rs.getObject("discovered_on", LocalDate.class), rs.getString("discovered_by"), assets, vendors,
                phi == null ? List.of() : Arrays.asList(phi.split(";\\s*")), rs.getInt("affected"), new HashMap<>(perState),
                rs.getInt("missing_contact"));
        LocalDate stated = rs.getObject("le_stated_on", LocalDate.class);
        LawEnforcementDelay delay = stated == null ? null
                : new LawEnforcementDelay(stated, rs.getBoolean("le_written"), rs.getObject("le_until", LocalDate.class));
        return new Incident(rs.getObject("id", UUID.class), rs.getInt("ref_no"), details, IncidentStatus.valueOf(rs.getString("status")),
                delay, rs.getString("le_official"), rs.getString("reported_by"), instant(rs, "created_at"), timeline, determinations);
    }

    private static Factor factor(ResultSet rs, int column) throws SQLException {
        String level = rs.getString(column + 1);
        return new Factor(rs.getString(column), level == null ? null : Judgement.valueOf(level));
    }

    private static @Nullable String level(Factor f) {
        return f.judgement() == null ? null : f.judgement().name();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.safeguard.risk;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analyses and their scope exclusions. A completed analysis is never updated again: every UPDATE requires IN_PROGRESS. */
@Repository
class JdbcAnalyses {
    record Exclusion(String label, String justification) {}

    private static final String COLUMNS = """
            id, title, status, scope_statement, method, participants, started_on, version_no, completed_on, completed_at,
            completed_by""";

    private final JdbcClient jdbc;

    JdbcAnalyses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first: the analysis in progress (if any), then versions from the latest. */
    List<Analysis> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk.analysis WHERE tenant_id = :tenant "
                        + "ORDER BY CASE WHEN status = 'IN_PROGRESS' THEN 0 ELSE 1 END, version_no DESC")
                .param("tenant", tenant.value()).query((rs, n) -> analysis(rs)).list();
    }

    Optional<Analysis> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk.analysis WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id).query((rs, n) -> analysis(rs)).optional();
    }

    Optional<String> snapshot(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT snapshot FROM risk.analysis WHERE tenant_id = :tenant AND id = :id AND status = 'COMPLETED'")
                .param("tenant", tenant.value()).param("id", id).query(String.class).optional();
    }

    void insert(TenantId tenant, Analysis a, Instant now) {
        jdbc.sql("""
                INSERT INTO risk.analysis (id, tenant_id, title, status, scope_statement, method, participants, started_on,
                    open_marker, created_at, updated_at)
                VALUES (:id, :tenant, :title, 'IN_PROGRESS', :scope, :method, :participants, :started, 1, :now, :now)
                """)
                .param("id", a.id()).param("tenant", tenant.value()).param("title", a.title())
                .param("scope", a.scopeStatement()).param("method", a.method()).param("participants", a.participants())
                .param("started", a.startedOn()).param("now", JdbcRisks.utc(now)).update();
    }

    int update(TenantId tenant, UUID id, String title, @Nullable String scope, @Nullable String method,
            @Nullable String participants, Instant now) {
        return jdbc.sql("""
                UPDATE risk.analysis SET title = :title, scope_statement = :scope, method = :method,
                    participants = :participants, updated_at = :now
                WHERE tenant_id = :tenant AND id = :id AND status = 'IN_PROGRESS'
                """)
                .param("title", title).param("scope", scope).param("method", method).param("participants", participants)
                .param("now", JdbcRisks.utc(now)).param("tenant", tenant.value()).param("id", id).update();
    }

    int complete(TenantId tenant, UUID id, int version, LocalDate on, Instant at, String by, String snapshot) {
        return jdbc.sql("""
                UPDATE risk.analysis SET status = 'COMPLETED', version_no = :v, completed_on = :on, completed_at = :at,
                    completed_by = :by, snapshot = :snapshot, open_marker = NULL, updated_at = :at
                WHERE tenant_id = :tenant AND id = :id AND status = 'IN_PROGRESS'
                """)
                .param("v", version).param("on", on).param("at", JdbcRisks.utc(at)).param("by", by)
                .param("snapshot", snapshot).param("tenant", tenant.value()).param("id", id).update();
    }

    /** Restores a completed version from a bundle, exactly as it was frozen. */
    void insertCompleted(TenantId tenant, Analysis a, String snapshot) {
        jdbc.sql("""
                INSERT INTO risk.analysis (id, tenant_id, title, status, scope_statement, method, participants, started_on,
                    version_no, completed_on, completed_at, completed_by, snapshot, created_at, updated_at)
                VALUES (:id, :tenant, :title, 'COMPLETED', :scope, :method, :participants, :started, :v, :on, :at, :by,
                    :snapshot, :at, :at)
                """)
                .param("id", a.id()).param("tenant", tenant.value()).param("title", a.title())
                .param("scope", a.scopeStatement()).param("method", a.method()).param("participants", a.participants())
                .param("started", a.startedOn()).param("v", a.version()).param("on", a.completedOn())
                .param("at", JdbcRisks.utc(a.completedAt())).param("by", a.completedBy()).param("snapshot", snapshot)
                .update();
    }

    Map<String, Exclusion> exclusions(TenantId tenant, UUID analysis) {
        Map<String, Exclusion> result = new LinkedHashMap<>();
        jdbc.sql("SELECT item_key, item_label, justification FROM risk.scope_exclusion WHERE tenant_id = :tenant AND analysis_id = :a ORDER BY item_label")
                .param("tenant", tenant.value()).param("a", analysis)
                .query(rs -> {
                    result.put(rs.getString(1), new Exclusion(rs.getString(2), rs.getString(3)));
                });
        return result;
    }

    void exclude(TenantId tenant, UUID analysis, String key, String label, String justification) {
        include(tenant, analysis, key);
        jdbc.sql("INSERT INTO risk.scope_exclusion (analysis_id, tenant_id, item_key, item_label, justification) VALUES (:a, :tenant, :k, :l, :j)")
                .param("a", analysis).param("tenant", tenant.value()).param("k", key).param("l", label).param("j", justification)
                .update();
    }

    void include(TenantId tenant, UUID analysis, String key) {
        jdbc.sql("DELETE FROM risk.scope_exclusion WHERE tenant_id = :tenant AND analysis_id = :a AND item_key = :k")
                .param("tenant", tenant.value()).param("a", analysis).param("k", key).update();
    }

    private static Analysis analysis(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("completed_at", OffsetDateTime.class);
        return new Analysis(rs.getObject("id", UUID.class), rs.getString("title"), "COMPLETED".equals(rs.getString("status")),
                rs.getString("scope_statement"), rs.getString("method"), rs.getString("participants"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("version_no", Integer.class),
                rs.getObject("completed_on", LocalDate.class), at == null ? null : at.toInstant(), rs.getString("completed_by"));
    }
}

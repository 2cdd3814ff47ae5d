package io.safeguard.penalty;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCorrectiveActionPlans {
    private final JdbcClient jdbc;

    JdbcCorrectiveActionPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CapAgreement> all(TenantId tenant) {
        Map<UUID, List<CapObligation>> obligations = new HashMap<>();
        jdbc.sql("""
                SELECT id, agreement_id, kind, description, due_on, completed_on, evidence_id, completed_by
                FROM penalty.cap_obligation WHERE tenant_id = :tenant ORDER BY due_on, description
                """).param("tenant", tenant.value())
                .query(rs -> {
                    UUID agreement = rs.getObject(2, UUID.class);
                    obligations.computeIfAbsent(agreement, k -> new ArrayList<>()).add(new CapObligation(rs.getObject(1, UUID.class),
                            agreement, CapObligation.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, UUID.class), rs.getString(8)));
                });
        return jdbc.sql("SELECT id, title, effective_on, ends_on, monitor, created_by, created_at FROM penalty.cap_agreement WHERE tenant_id = :tenant ORDER BY effective_on, title, created_at")
                .param("tenant", tenant.value())
                .query((rs, n) -> new CapAgreement(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getString(6), rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                        List.copyOf(obligations.getOrDefault(rs.getObject(1, UUID.class), List.of()))))
                .list();
    }

    void insertAgreement(TenantId tenant, UUID id, String title, LocalDate effective, LocalDate ends, @Nullable String monitor, String by,
            Instant now) {
        jdbc.sql("""
                INSERT INTO penalty.cap_agreement (id, tenant_id, title, effective_on, ends_on, monitor, created_by, created_at)
                VALUES (:id, :tenant, :title, :effective, :ends, :monitor, :by, :now)
                """).param("id", id).param("tenant", tenant.value()).param("title", title).param("effective", effective)
                .param("ends", ends).param("monitor", monitor).param("by", by).param("now", utc(now)).update();
    }

    void insertObligation(TenantId tenant, UUID agreement, UUID id, CapObligation.Kind kind, String description, LocalDate due, Instant now) {
        jdbc.sql("""
                INSERT INTO penalty.cap_obligation (id, tenant_id, agreement_id, kind, description, due_on, created_at)
                VALUES (:id, :tenant, :agreement, :kind, :description, :due, :now)
                """).param("id", id).param("tenant", tenant.value()).param("agreement", agreement).param("kind", kind.name())
                .param("description", description).param("due", due).param("now", utc(now)).update();
    }

    /** Completes an open obligation once; returns 0 when it is not this tenant's or is already complete. */
    int complete(TenantId tenant, UUID id, LocalDate on, @Nullable UUID evidence, String by) {
        return jdbc.sql("""
                UPDATE penalty.cap_obligation SET completed_on = :on, evidence_id = :evidence, completed_by = :by
                WHERE tenant_id = :tenant AND id = :id AND completed_on IS NULL
                """).param("on", on).param("evidence", evidence).param("by", by).param("tenant", tenant.value()).param("id", id)
                .update();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}

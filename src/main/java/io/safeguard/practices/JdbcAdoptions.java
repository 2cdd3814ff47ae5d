package io.safeguard.practices;

import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdoptions {
    private final JdbcClient jdbc;

    JdbcAdoptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every adoption record of the organization, in the order recorded. */
    List<Adoption> all(TenantId tenant) {
        return query(tenant, "", "", Map.of());
    }

    /** One practice's records, in the order recorded. */
    List<Adoption> of(TenantId tenant, String framework, String practiceId) {
        return query(tenant, " AND framework = :framework AND practice_id = :practice",
                " AND a.framework = :framework AND a.practice_id = :practice", Map.of("framework", framework, "practice", practiceId));
    }

    void insert(TenantId tenant, Adoption adoption) {
        jdbc.sql("""
                INSERT INTO practices.adoption (id, tenant_id, framework, practice_id, adopted_on, retired_on, implementation,
                    recorded_by, recorded_at)
                VALUES (:id, :tenant, :framework, :practice, :adopted, :retired, :implementation, :by, :at)
                """)
                .param("id", adoption.id()).param("tenant", tenant.value()).param("framework", adoption.framework())
                .param("practice", adoption.practiceId()).param("adopted", adoption.adoptedOn())
                .param("retired", adoption.retiredOn()).param("implementation", adoption.implementation())
                .param("by", adoption.recordedBy()).param("at", adoption.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
        for (int i = 0; i < adoption.evidenceIds().size(); i++) {
            jdbc.sql("INSERT INTO practices.adoption_evidence (adoption_id, tenant_id, position, evidence_id)"
                            + " VALUES (:adoption, :tenant, :position, :evidence)")
                    .param("adoption", adoption.id()).param("tenant", tenant.value()).param("position", i)
                    .param("evidence", adoption.evidenceIds().get(i))
                    .update();
        }
    }

    private List<Adoption> query(TenantId tenant, String where, String joinedWhere, Map<String, Object> params) {
        Map<UUID, List<UUID>> evidence = new HashMap<>();
        jdbc.sql("SELECT e.adoption_id, e.evidence_id FROM practices.adoption_evidence e"
                        + " JOIN practices.adoption a ON a.id = e.adoption_id AND a.tenant_id = e.tenant_id"
                        + " WHERE e.tenant_id = :tenant" + joinedWhere
                        + " ORDER BY e.adoption_id, e.position")
                .param("tenant", tenant.value()).params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    evidence.computeIfAbsent(rs.getObject("adoption_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("evidence_id", UUID.class));
                });
        return jdbc.sql("SELECT id, framework, practice_id, adopted_on, retired_on, implementation, recorded_by, recorded_at"
                        + " FROM practices.adoption WHERE tenant_id = :tenant" + where + " ORDER BY seq")
                .param("tenant", tenant.value()).params(params)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Adoption(id, rs.getString("framework"), rs.getString("practice_id"),
                            rs.getObject("adopted_on", LocalDate.class), rs.getObject("retired_on", LocalDate.class),
                            rs.getString("implementation"), evidence.getOrDefault(id, List.of()), rs.getString("recorded_by"),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }
}

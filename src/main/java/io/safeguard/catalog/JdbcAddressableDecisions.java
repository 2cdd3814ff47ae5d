package io.safeguard.catalog;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAddressableDecisions {
    private static final String COLUMNS = """
            id, requirement_id, decision, rationale, alternative, decided_by, decided_by_name, decided_on, review_on,
            recorded_at
            """;
    private final JdbcClient jdbc;

    JdbcAddressableDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, AddressableDecision d) {
        jdbc.sql("""
                INSERT INTO catalog.addressable_decision (id, tenant_id, requirement_id, decision, rationale, alternative,
                    decided_by, decided_by_name, decided_on, review_on, recorded_at)
                VALUES (:id, :tenant, :requirement, :decision, :rationale, :alternative, :by, :byName, :on, :review, :at)
                """)
                .param("id", d.id())
                .param("tenant", tenant.value())
                .param("requirement", d.requirementId())
                .param("decision", d.decision().name())
                .param("rationale", d.rationale())
                .param("alternative", d.alternative())
                .param("by", d.decidedBy().value())
                .param("byName", d.decidedByName())
                .param("on", d.decidedOn())
                .param("review", d.reviewOn())
                .param("at", d.recordedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Every decision of the organization in the order recorded (the last per requirement is in effect). */
    List<AddressableDecision> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.addressable_decision WHERE tenant_id = :tenant ORDER BY seq")
                .param("tenant", tenant.value())
                .query((rs, n) -> toDecision(rs))
                .list();
    }

    private static AddressableDecision toDecision(ResultSet rs) throws SQLException {
        return new AddressableDecision(
                rs.getObject("id", UUID.class),
                rs.getString("requirement_id"),
                Decision.valueOf(rs.getString("decision")),
                rs.getString("rationale"),
                rs.getString("alternative"),
                new AccountId(rs.getObject("decided_by", UUID.class)),
                rs.getString("decided_by_name"),
                rs.getObject("decided_on", java.time.LocalDate.class),
                rs.getObject("review_on", java.time.LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}

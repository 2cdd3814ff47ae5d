package io.safeguard.assessment;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAssessments {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, UUID id, LocalDate asOf, double score, List<Finding> findings, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment.assessment (id, tenant_id, as_of, score, met, not_met, findings, created_by, created_at)
                VALUES (:id, :tenant, :asOf, :score, :met, :notMet, :findings, :by, :at)
                """)
                .param("id", id).param("tenant", tenant.value()).param("asOf", asOf).param("score", score)
                .param("met", (int) findings.stream().filter(f -> f.status() == FindingStatus.MET).count())
                .param("notMet", (int) findings.stream().filter(f -> f.status() == FindingStatus.NOT_MET).count())
                .param("findings", JSON.writeValueAsString(findings)).param("by", by)
                .param("at", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).update();
    }

    /** Oldest first, for the trend. */
    List<AssessmentSummary> history(TenantId tenant) {
        return jdbc.sql("SELECT id, as_of, score, met, not_met, created_at FROM assessment.assessment WHERE tenant_id = :tenant ORDER BY as_of, created_at")
                .param("tenant", tenant.value())
                .query((rs, n) -> new AssessmentSummary(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getDouble(3),
                        rs.getInt(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    record Stored(UUID id, LocalDate asOf, double score, List<Finding> findings, String by, Instant at) {}

    Optional<Stored> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT id, as_of, score, findings, created_by, created_at FROM assessment.assessment WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getDouble(3),
                        JSON.readValue(rs.getString(4), FINDINGS), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Requirement -> the date it has been continuously not met since, for the gaps open now. */
    Map<String, LocalDate> openGaps(TenantId tenant) {
        Map<String, LocalDate> open = new HashMap<>();
        jdbc.sql("SELECT requirement, open_since FROM assessment.open_gap WHERE tenant_id = :tenant AND closed_on IS NULL")
                .param("tenant", tenant.value())
                .query(rs -> {
                    open.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return open;
    }

    void openGap(TenantId tenant, String requirement, LocalDate since) {
        jdbc.sql("INSERT INTO assessment.open_gap (tenant_id, requirement, open_since) VALUES (:tenant, :r, :since)")
                .param("tenant", tenant.value()).param("r", requirement).param("since", since).update();
    }

    void closeGap(TenantId tenant, String requirement, LocalDate on) {
        jdbc.sql("UPDATE assessment.open_gap SET closed_on = :on WHERE tenant_id = :tenant AND requirement = :r AND closed_on IS NULL")
                .param("on", on).param("tenant", tenant.value()).param("r", requirement).update();
    }
}

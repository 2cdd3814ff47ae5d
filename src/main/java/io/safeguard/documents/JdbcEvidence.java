package io.safeguard.documents;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEvidence {
    private final JdbcClient jdbc;

    JdbcEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvidenceFile> all(TenantId tenant) {
        Map<UUID, List<String>> links = new HashMap<>();
        jdbc.sql("""
                SELECT l.evidence_id, l.requirement_id FROM documents.evidence_link l
                JOIN documents.evidence e ON e.id = l.evidence_id WHERE e.tenant_id = :tenant ORDER BY l.requirement_id
                """)
                .param("tenant", tenant.value())
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                SELECT id, sha256, file_name, content_type, size_bytes, uploaded_by_name, uploaded_at, speaks_for, description,
                       retain_until, legal_hold, legal_hold_reason
                FROM documents.evidence WHERE tenant_id = :tenant ORDER BY speaks_for DESC, uploaded_at DESC
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new EvidenceFile(id, rs.getString("sha256"), rs.getString("file_name"), rs.getString("content_type"),
                            rs.getLong("size_bytes"), rs.getString("uploaded_by_name"),
                            rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getObject("speaks_for", LocalDate.class),
                            rs.getString("description"), links.getOrDefault(id, List.of()), rs.getObject("retain_until", LocalDate.class),
                            rs.getBoolean("legal_hold"), rs.getString("legal_hold_reason"));
                })
                .list();
    }

    Optional<EvidenceFile> find(TenantId tenant, UUID id) {
        return all(tenant).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    void insert(TenantId tenant, EvidenceFile e, AccountId by) {
        jdbc.sql("""
                INSERT INTO documents.evidence (id, tenant_id, sha256, file_name, content_type, size_bytes, uploaded_by,
                    uploaded_by_name, uploaded_at, speaks_for, description, retain_until, legal_hold, legal_hold_reason)
                VALUES (:id, :tenant, :sha, :name, :type, :size, :by, :byName, :at, :speaksFor, :description, :retain, FALSE, NULL)
                """)
                .param("id", e.id()).param("tenant", tenant.value()).param("sha", e.sha256()).param("name", e.fileName())
                .param("type", e.contentType()).param("size", e.size()).param("by", by.value()).param("byName", e.uploadedBy())
                .param("at", e.uploadedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("speaksFor", e.speaksFor()).param("description", e.description()).param("retain", e.retainUntil())
                .update();
        for (String requirement : e.requirements()) {
            jdbc.sql("INSERT INTO documents.evidence_link (evidence_id, requirement_id) VALUES (:id, :req)")
                    .param("id", e.id()).param("req", requirement).update();
        }
    }

    void extendRetention(TenantId tenant, UUID id, LocalDate until) {
        jdbc.sql("UPDATE documents.evidence SET retain_until = :until WHERE tenant_id = :tenant AND id = :id AND retain_until < :until")
                .param("tenant", tenant.value()).param("id", id).param("until", until).update();
    }

    void setHold(TenantId tenant, UUID id, boolean hold, @Nullable String reason) {
        jdbc.sql("UPDATE documents.evidence SET legal_hold = :hold, legal_hold_reason = :reason WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id).param("hold", hold).param("reason", reason).update();
    }

    void delete(TenantId tenant, UUID id) {
        jdbc.sql("DELETE FROM documents.evidence_link WHERE evidence_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM documents.evidence WHERE tenant_id = :tenant AND id = :id").param("tenant", tenant.value()).param("id", id).update();
    }

    boolean hashInUse(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM documents.evidence WHERE sha256 = :sha").param("sha", sha256).query(Long.class).single() > 0;
    }

    boolean usedByDocument(UUID evidenceId) {
        return jdbc.sql("SELECT COUNT(*) FROM documents.document_version WHERE evidence_id = :id").param("id", evidenceId)
                .query(Long.class).single() > 0;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}

package io.safeguard.documents;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPolicies {
    private final JdbcClient jdbc;

    JdbcPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PolicyDocument> all(TenantId tenant) {
        Map<UUID, List<DocumentVersion>> versions = new HashMap<>();
        jdbc.sql("""
                SELECT id, document_id, label, evidence_id, effective_on, review_due_on, approved_by, approved_on, change_summary
                FROM documents.document_version WHERE tenant_id = :tenant
                """)
                .param("tenant", tenant.value())
                .query(rs -> {
                    versions.computeIfAbsent(rs.getObject("document_id", UUID.class), k -> new ArrayList<>())
                            .add(new DocumentVersion(rs.getObject("id", UUID.class), rs.getString("label"),
                                    rs.getObject("evidence_id", UUID.class), rs.getObject("effective_on", LocalDate.class),
                                    rs.getObject("review_due_on", LocalDate.class), rs.getString("approved_by"),
                                    rs.getObject("approved_on", LocalDate.class), rs.getString("change_summary")));
                });
        return jdbc.sql("SELECT id, title, kind, owner, requirements FROM documents.document WHERE tenant_id = :tenant ORDER BY LOWER(title)")
                .param("tenant", tenant.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String links = rs.getString("requirements");
                    return new PolicyDocument(id, rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                            rs.getString("owner"), links.isBlank() ? List.of() : Arrays.asList(links.split(" ")),
                            versions.getOrDefault(id, List.of()));
                })
                .list();
    }

    void insert(TenantId tenant, UUID id, String title, DocumentKind kind, String owner, List<String> requirements, Instant now) {
        jdbc.sql("""
                INSERT INTO documents.document (id, tenant_id, title, kind, owner, requirements, created_at)
                VALUES (:id, :tenant, :title, :kind, :owner, :requirements, :now)
                """)
                .param("id", id).param("tenant", tenant.value()).param("title", title).param("kind", kind.name())
                .param("owner", owner).param("requirements", String.join(" ", requirements)).param("now", JdbcEvidence.utc(now))
                .update();
    }

    void insertVersion(TenantId tenant, UUID documentId, DocumentVersion v, Instant now) {
        jdbc.sql("""
                INSERT INTO documents.document_version (id, tenant_id, document_id, label, evidence_id, effective_on,
                    review_due_on, approved_by, approved_on, change_summary, created_at)
                VALUES (:id, :tenant, :doc, :label, :evidence, :effective, :review, :by, :on, :summary, :now)
                """)
                .param("id", v.id()).param("tenant", tenant.value()).param("doc", documentId).param("label", v.label())
                .param("evidence", v.evidenceId()).param("effective", v.effectiveOn()).param("review", v.reviewDueOn())
                .param("by", v.approvedBy()).param("on", v.approvedOn()).param("summary", v.changeSummary())
                .param("now", JdbcEvidence.utc(now))
                .update();
    }
}

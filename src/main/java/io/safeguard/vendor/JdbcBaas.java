package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBaas {
    private static final String COLUMNS =
            "id, vendor_id, requested_on, effective_on, expires_on, terminated_on, scope, signed_document_id, recorded_at";
    private final JdbcClient jdbc;

    JdbcBaas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Baa> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendor.baa WHERE tenant_id = :tenant ORDER BY recorded_at")
                .param("tenant", tenant.value())
                .query((rs, n) -> toBaa(rs))
                .list();
    }

    void insert(TenantId tenant, Baa baa) {
        jdbc.sql("""
                INSERT INTO vendor.baa (id, tenant_id, vendor_id, requested_on, effective_on, expires_on, terminated_on,
                    scope, signed_document_id, recorded_at)
                VALUES (:id, :tenant, :vendor, :requested, :effective, :expires, :terminated, :scope, :document, :at)
                """)
                .param("id", baa.id())
                .param("tenant", tenant.value())
                .param("vendor", baa.vendorId())
                .param("requested", baa.requestedOn())
                .param("effective", baa.effectiveOn())
                .param("expires", baa.expiresOn())
                .param("terminated", baa.terminatedOn())
                .param("scope", baa.scope())
                .param("document", baa.signedDocumentId())
                .param("at", JdbcVendors.utc(baa.recordedAt()))
                .update();
    }

    int terminate(TenantId tenant, UUID id, LocalDate on) {
        return jdbc.sql("UPDATE vendor.baa SET terminated_on = :on WHERE tenant_id = :tenant AND id = :id AND terminated_on IS NULL")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("on", on)
                .update();
    }

    private static Baa toBaa(ResultSet rs) throws SQLException {
        return new Baa(
                rs.getObject("id", UUID.class),
                rs.getObject("vendor_id", UUID.class),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class),
                rs.getString("scope"),
                rs.getObject("signed_document_id", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}

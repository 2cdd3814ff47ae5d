package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVendors {
    private static final String COLUMNS = """
            id, tenant_id, name, category, services, phi_creates, phi_receives, phi_maintains, phi_transmits,
            contact_name, contact_email, subcontractor_of, baa_exempt_reason, created_at, updated_at, materially_changed_at
            """;
    private final JdbcClient jdbc;

    JdbcVendors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vendor> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendor.vendor WHERE tenant_id = :tenant ORDER BY LOWER(name)")
                .param("tenant", tenant.value())
                .query((rs, n) -> toVendor(rs))
                .list();
    }

    Optional<Vendor> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendor.vendor WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .query((rs, n) -> toVendor(rs))
                .optional();
    }

    Optional<Vendor> findByName(TenantId tenant, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendor.vendor WHERE tenant_id = :tenant AND LOWER(name) = LOWER(:name)")
                .param("tenant", tenant.value())
                .param("name", name)
                .query((rs, n) -> toVendor(rs))
                .optional();
    }

    void insert(TenantId tenant, UUID id, VendorDetails d, Instant now) {
        jdbc.sql("""
                INSERT INTO vendor.vendor (id, tenant_id, name, category, services, phi_creates, phi_receives,
                    phi_maintains, phi_transmits, contact_name, contact_email, subcontractor_of, baa_exempt_reason,
                    created_at, updated_at, materially_changed_at)
                VALUES (:id, :tenant, :name, :category, :services, :creates, :receives, :maintains, :transmits,
                    :contactName, :contactEmail, :subcontractorOf, :exempt, :now, :now, :now)
                """)
                .params(params(tenant, id, d, now))
                .update();
    }

    /** Restores from a bundle when the vendor last changed materially (the risk analysis compares against it). */
    void restoreMaterialChange(TenantId tenant, UUID id, Instant at) {
        jdbc.sql("UPDATE vendor.vendor SET materially_changed_at = :at WHERE tenant_id = :tenant AND id = :id")
                .param("at", utc(at)).param("tenant", tenant.value()).param("id", id).update();
    }

    void update(TenantId tenant, UUID id, VendorDetails d, boolean material, Instant now) {
        jdbc.sql("""
                UPDATE vendor.vendor SET name = :name, category = :category, services = :services,
                    phi_creates = :creates, phi_receives = :receives, phi_maintains = :maintains, phi_transmits = :transmits,
                    contact_name = :contactName, contact_email = :contactEmail, subcontractor_of = :subcontractorOf,
                    baa_exempt_reason = :exempt, updated_at = :now,
                    materially_changed_at = CASE WHEN :material THEN :now ELSE materially_changed_at END
                WHERE tenant_id = :tenant AND id = :id
                """)
                .params(params(tenant, id, d, now)).param("material", material)
                .update();
    }

    private static java.util.Map<String, Object> params(TenantId tenant, UUID id, VendorDetails d, Instant now) {
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id);
        values.put("tenant", tenant.value());
        values.put("name", d.name());
        values.put("category", d.category().name());
        values.put("services", d.services());
        values.put("creates", d.phi().creates());
        values.put("receives", d.phi().receives());
        values.put("maintains", d.phi().maintains());
        values.put("transmits", d.phi().transmits());
        values.put("contactName", d.contactName());
        values.put("contactEmail", d.contactEmail());
        values.put("subcontractorOf", d.subcontractorOf());
        values.put("exempt", d.baaExemptReason());
        values.put("now", utc(now));
        return values;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Vendor toVendor(ResultSet rs) throws SQLException {
        return new Vendor(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"),
                VendorCategory.valueOf(rs.getString("category")),
                rs.getString("services"),
                new PhiHandling(rs.getBoolean("phi_creates"), rs.getBoolean("phi_receives"),
                        rs.getBoolean("phi_maintains"), rs.getBoolean("phi_transmits")),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getObject("subcontractor_of", UUID.class),
                rs.getString("baa_exempt_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getObject("materially_changed_at", OffsetDateTime.class).toInstant());
    }
}

package io.safeguard.inventory;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDataFlows {
    private final JdbcClient jdbc;

    JdbcDataFlows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DataFlow> all(TenantId tenant) {
        return jdbc.sql("""
                SELECT id, name, source_asset_id, source_party, destination_asset_id, destination_party, vendor_id,
                       phi_types, transport, encrypted, frequency, created_at
                FROM inventory.data_flow WHERE tenant_id = :tenant ORDER BY LOWER(name)
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new DataFlow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("source_asset_id", UUID.class), rs.getString("source_party"),
                        rs.getObject("destination_asset_id", UUID.class), rs.getString("destination_party"),
                        rs.getObject("vendor_id", UUID.class), rs.getString("phi_types"), rs.getString("transport"),
                        rs.getBoolean("encrypted"), rs.getString("frequency"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    void insert(TenantId tenant, DataFlow f, Instant now) {
        jdbc.sql("""
                INSERT INTO inventory.data_flow (id, tenant_id, name, source_asset_id, source_party, destination_asset_id,
                    destination_party, vendor_id, phi_types, transport, encrypted, frequency, created_at)
                VALUES (:id, :tenant, :name, :sa, :sp, :da, :dp, :vendor, :phi, :transport, :encrypted, :frequency, :now)
                """)
                .param("id", f.id()).param("tenant", tenant.value()).param("name", f.name())
                .param("sa", f.sourceAssetId()).param("sp", f.sourceParty())
                .param("da", f.destinationAssetId()).param("dp", f.destinationParty()).param("vendor", f.vendorId())
                .param("phi", f.phiTypes()).param("transport", f.transport()).param("encrypted", f.encrypted())
                .param("frequency", f.frequency()).param("now", JdbcAssets.utc(now))
                .update();
    }

    int delete(TenantId tenant, UUID id) {
        return jdbc.sql("DELETE FROM inventory.data_flow WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id).update();
    }
}

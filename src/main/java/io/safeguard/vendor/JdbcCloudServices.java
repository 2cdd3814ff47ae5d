package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCloudServices {
    private final JdbcClient jdbc;

    JdbcCloudServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CloudService> all(TenantId tenant) {
        return jdbc.sql("""
                SELECT id, vendor_id, provider_key, service_key, service_name, tier, regions, features_in_use, holds_phi
                FROM vendor.cloud_service WHERE tenant_id = :tenant ORDER BY provider_key, service_name
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new CloudService(
                        rs.getObject("id", UUID.class),
                        rs.getObject("vendor_id", UUID.class),
                        rs.getString("provider_key"),
                        rs.getString("service_key"),
                        rs.getString("service_name"),
                        rs.getString("tier"),
                        rs.getString("regions"),
                        split(rs.getString("features_in_use")),
                        rs.getBoolean("holds_phi")))
                .list();
    }

    void insert(TenantId tenant, CloudService service, Instant now) {
        jdbc.sql("""
                INSERT INTO vendor.cloud_service (id, tenant_id, vendor_id, provider_key, service_key, service_name, tier,
                    regions, features_in_use, holds_phi, created_at)
                VALUES (:id, :tenant, :vendor, :provider, :service, :name, :tier, :regions, :features, :phi, :now)
                """)
                .param("id", service.id())
                .param("tenant", tenant.value())
                .param("vendor", service.vendorId())
                .param("provider", service.providerKey())
                .param("service", service.serviceKey())
                .param("name", service.serviceName())
                .param("tier", service.tier())
                .param("regions", service.regions())
                .param("features", String.join("\n", service.featuresInUse()))
                .param("phi", service.holdsPhi())
                .param("now", JdbcVendors.utc(now))
                .update();
    }

    int delete(TenantId tenant, UUID id) {
        return jdbc.sql("DELETE FROM vendor.cloud_service WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .update();
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package io.safeguard.organization;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSites {
    private final JdbcClient jdbc;

    JdbcSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Site> of(TenantId tenant) {
        return jdbc.sql("SELECT id, tenant_id, name, address, state FROM organization.site WHERE tenant_id = :tenant ORDER BY name")
                .param("tenant", tenant.value())
                .query((rs, n) -> new Site(rs.getObject("id", UUID.class), tenant, rs.getString("name"),
                        rs.getString("address"), rs.getString("state")))
                .list();
    }

    Optional<Site> find(TenantId tenant, UUID id) {
        return of(tenant).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    void insert(Site site, Instant now) {
        jdbc.sql("""
                INSERT INTO organization.site (id, tenant_id, name, address, state, created_at)
                VALUES (:id, :tenant, :name, :address, :state, :now)
                """)
                .param("id", site.id())
                .param("tenant", site.tenantId().value())
                .param("name", site.name())
                .param("address", site.address())
                .param("state", site.state())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void delete(TenantId tenant, UUID id) {
        jdbc.sql("DELETE FROM organization.site WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .update();
    }
}

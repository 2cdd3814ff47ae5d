package io.safeguard.catalog;

import io.safeguard.shared.TenantId;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOverlaySelections {
    private final JdbcClient jdbc;

    JdbcOverlaySelections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> enabled(TenantId tenant) {
        return new HashSet<>(jdbc.sql("SELECT overlay_key FROM catalog.overlay_selection WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(String.class)
                .list());
    }

    void set(TenantId tenant, String overlayKey, boolean enabled) {
        jdbc.sql("DELETE FROM catalog.overlay_selection WHERE tenant_id = :tenant AND overlay_key = :key")
                .param("tenant", tenant.value())
                .param("key", overlayKey)
                .update();
        if (enabled) {
            jdbc.sql("INSERT INTO catalog.overlay_selection (tenant_id, overlay_key) VALUES (:tenant, :key)")
                    .param("tenant", tenant.value())
                    .param("key", overlayKey)
                    .update();
        }
    }
}

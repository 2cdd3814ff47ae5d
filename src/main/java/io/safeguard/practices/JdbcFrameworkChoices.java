package io.safeguard.practices;

import io.safeguard.shared.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFrameworkChoices {
    private final JdbcClient jdbc;

    JdbcFrameworkChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every choice of the organization, in the order made. */
    List<FrameworkChoice> all(TenantId tenant) {
        return jdbc.sql("SELECT framework, followed, chosen_by, chosen_at FROM practices.framework_choice"
                        + " WHERE tenant_id = :tenant ORDER BY seq")
                .param("tenant", tenant.value())
                .query((rs, n) -> new FrameworkChoice(rs.getString("framework"), rs.getBoolean("followed"),
                        rs.getString("chosen_by"), rs.getObject("chosen_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void insert(TenantId tenant, FrameworkChoice choice) {
        jdbc.sql("INSERT INTO practices.framework_choice (id, tenant_id, framework, followed, chosen_by, chosen_at)"
                        + " VALUES (:id, :tenant, :framework, :followed, :by, :at)")
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("framework", choice.framework())
                .param("followed", choice.followed()).param("by", choice.chosenBy())
                .param("at", choice.chosenAt().atOffset(ZoneOffset.UTC))
                .update();
    }
}

package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGrants {
    private static final String INSERT = """
            INSERT INTO workforce.access_grant (id, tenant_id, member_id, system_name, account_name, access_level,
                granted_on, revoked_on)
            VALUES (:id, :tenant, :member, :system, :account, :level, :granted, :revoked)
            """;
    private static final String UPDATE = """
            UPDATE workforce.access_grant SET access_level = :level, granted_on = :granted, revoked_on = :revoked
            WHERE tenant_id = :tenant AND id = :id
            """;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcGrants(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<AccessGrant> all(TenantId tenant) {
        return jdbc.sql("""
                SELECT id, member_id, system_name, account_name, access_level, granted_on, revoked_on
                FROM workforce.access_grant WHERE tenant_id = :tenant ORDER BY system_name, account_name
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new AccessGrant(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                        rs.getString("system_name"), rs.getString("account_name"), rs.getString("access_level"),
                        rs.getObject("granted_on", LocalDate.class), rs.getObject("revoked_on", LocalDate.class)))
                .list();
    }

    void insertAll(TenantId tenant, List<AccessGrant> grants) {
        batch.batchUpdate(INSERT, grants.stream().map(g -> params(tenant, g)).toArray(MapSqlParameterSource[]::new));
    }

    void updateAll(TenantId tenant, List<AccessGrant> grants) {
        batch.batchUpdate(UPDATE, grants.stream().map(g -> params(tenant, g)).toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource params(TenantId tenant, AccessGrant g) {
        return new MapSqlParameterSource()
                .addValue("id", g.id())
                .addValue("tenant", tenant.value())
                .addValue("member", g.memberId())
                .addValue("system", g.systemName())
                .addValue("account", g.accountName())
                .addValue("level", g.accessLevel())
                .addValue("granted", g.grantedOn())
                .addValue("revoked", g.revokedOn());
    }

    int revocationSlaDays(TenantId tenant) {
        return jdbc.sql("SELECT revocation_sla_days FROM workforce.settings WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(Integer.class)
                .optional()
                .orElse(Workforce.DEFAULT_REVOCATION_SLA_DAYS);
    }

    void setRevocationSlaDays(TenantId tenant, int days) {
        if (jdbc.sql("UPDATE workforce.settings SET revocation_sla_days = :days WHERE tenant_id = :tenant")
                .param("tenant", tenant.value()).param("days", days).update() == 0) {
            jdbc.sql("INSERT INTO workforce.settings (tenant_id, revocation_sla_days) VALUES (:tenant, :days)")
                    .param("tenant", tenant.value()).param("days", days).update();
        }
    }
}

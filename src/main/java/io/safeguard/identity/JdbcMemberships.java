package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMemberships implements Memberships {
    private final JdbcClient jdbc;

    JdbcMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Role> roleOf(AccountId account, TenantId tenant) {
        return jdbc.sql("""
                SELECT m.role FROM identity.membership m JOIN identity.account a ON a.id = m.account_id
                WHERE m.account_id = :account AND m.tenant_id = :tenant AND a.status = 'ACTIVE'
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public List<Membership> ofAccount(AccountId account) {
        return jdbc.sql("SELECT tenant_id, role FROM identity.membership WHERE account_id = :account")
                .param("account", account.value())
                .query((rs, n) -> new Membership(
                        account, new TenantId(rs.getObject("tenant_id", UUID.class)), Role.valueOf(rs.getString("role"))))
                .list();
    }

    @Override
    public List<Member> ofTenant(TenantId tenant) {
        return jdbc.sql("""
                SELECT a.id, a.email, a.display_name, a.status, a.platform_admin, a.totp_secret, m.role
                FROM identity.membership m JOIN identity.account a ON a.id = m.account_id
                WHERE m.tenant_id = :tenant
                ORDER BY a.display_name, a.email
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new Member(
                        new AccountSummary(
                                new AccountId(rs.getObject("id", UUID.class)),
                                rs.getString("email"),
                                rs.getString("display_name"),
                                AccountStatus.valueOf(rs.getString("status")),
                                rs.getBoolean("platform_admin"),
                                rs.getString("totp_secret") != null),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    @Override
    public long countWithRole(TenantId tenant, Role role) {
        // Only people who can sign in count: an unaccepted invitation is not an owner who can manage the organization.
        return jdbc.sql("""
                SELECT COUNT(*) FROM identity.membership m JOIN identity.account a ON a.id = m.account_id
                WHERE m.tenant_id = :tenant AND m.role = :role AND a.status = 'ACTIVE'
                """)
                .param("tenant", tenant.value())
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    @Override
    public void put(Membership membership, Instant at) {
        int updated = jdbc.sql("UPDATE identity.membership SET role = :role WHERE account_id = :account AND tenant_id = :tenant")
                .param("account", membership.accountId().value())
                .param("tenant", membership.tenantId().value())
                .param("role", membership.role().name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO identity.membership (account_id, tenant_id, role, created_at)
                    VALUES (:account, :tenant, :role, :at)
                    """)
                    .param("account", membership.accountId().value())
                    .param("tenant", membership.tenantId().value())
                    .param("role", membership.role().name())
                    .param("at", JdbcAccounts.utc(at))
                    .update();
        }
    }

    @Override
    public void remove(AccountId account, TenantId tenant) {
        jdbc.sql("DELETE FROM identity.membership WHERE account_id = :account AND tenant_id = :tenant")
                .param("account", account.value())
                .param("tenant", tenant.value())
                .update();
    }
}

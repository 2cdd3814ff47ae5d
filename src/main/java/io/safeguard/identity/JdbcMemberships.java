package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
                WHERE m.account_id = :account AND m.tenant_id = :tenant AND m.status = 'ACTIVE' AND a.status = 'ACTIVE'
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public Optional<Role> invitedRole(AccountId account, TenantId tenant) {
        return jdbc.sql("""
                SELECT role FROM identity.membership
                WHERE account_id = :account AND tenant_id = :tenant AND status = 'INVITED'
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public List<Membership> ofAccount(AccountId account) {
        return jdbc.sql("SELECT tenant_id, role FROM identity.membership WHERE account_id = :account AND status = 'ACTIVE'")
                .param("account", account.value())
                .query((rs, n) -> new Membership(
                        account, new TenantId(rs.getObject("tenant_id", UUID.class)), Role.valueOf(rs.getString("role"))))
                .list();
    }

    @Override
    public List<PendingInvitation> pendingOf(AccountId account) {
        return jdbc.sql("""
                SELECT tenant_id, role, created_at FROM identity.membership
                WHERE account_id = :account AND status = 'INVITED'
                ORDER BY created_at
                """)
                .param("account", account.value())
                .query((rs, n) -> new PendingInvitation(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        Role.valueOf(rs.getString("role")), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public List<Member> ofTenant(TenantId tenant) {
        return jdbc.sql("""
                SELECT a.id, a.email, a.display_name, a.status, a.platform_admin, a.totp_secret, m.role,
                       m.status AS membership_status
                FROM identity.membership m JOIN identity.account a ON a.id = m.account_id
                WHERE m.tenant_id = :tenant
                ORDER BY CASE WHEN m.status = 'ACTIVE' THEN a.display_name ELSE a.email END, a.email
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new Member(summary(rs), Role.valueOf(rs.getString("role"))))
                .list();
    }

    private static AccountSummary summary(ResultSet rs) throws SQLException {
        var id = new AccountId(rs.getObject("id", UUID.class));
        String email = rs.getString("email");
        if (!"ACTIVE".equals(rs.getString("membership_status"))) {
            // Until accepted, the organization sees only the address it typed: name, sign-in security and account
            // status would tell it whether the address already had an account elsewhere.
            return new AccountSummary(id, email, email, AccountStatus.INVITED, false, false);
        }
        return new AccountSummary(id, email, rs.getString("display_name"), AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("platform_admin"), rs.getString("totp_secret") != null);
    }

    @Override
    public long countWithRole(TenantId tenant, Role role) {
        // Only people who can sign in count: an unaccepted invitation is not an owner who can manage the organization.
        return jdbc.sql("""
                SELECT COUNT(*) FROM identity.membership m JOIN identity.account a ON a.id = m.account_id
                WHERE m.tenant_id = :tenant AND m.role = :role AND m.status = 'ACTIVE' AND a.status = 'ACTIVE'
                """)
                .param("tenant", tenant.value())
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    @Override
    public boolean anotherOrganizationCameFirst(AccountId account, TenantId tenant) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM identity.membership other JOIN identity.membership here
                  ON here.account_id = other.account_id AND here.tenant_id = :tenant
                WHERE other.account_id = :account AND other.tenant_id <> :tenant AND other.created_at <= here.created_at
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public void grant(Membership membership, Instant at) {
        int updated = jdbc.sql("""
                UPDATE identity.membership SET role = :role, status = 'ACTIVE'
                WHERE account_id = :account AND tenant_id = :tenant
                """)
                .param("account", membership.accountId().value())
                .param("tenant", membership.tenantId().value())
                .param("role", membership.role().name())
                .update();
        if (updated == 0) {
            insert(membership, "ACTIVE", at);
        }
    }

    @Override
    public void invite(Membership membership, Instant at) {
        int updated = jdbc.sql("""
                UPDATE identity.membership SET role = :role
                WHERE account_id = :account AND tenant_id = :tenant AND status = 'INVITED'
                """)
                .param("account", membership.accountId().value())
                .param("tenant", membership.tenantId().value())
                .param("role", membership.role().name())
                .update();
        if (updated == 0) {
            insert(membership, "INVITED", at);
        }
    }

    private void insert(Membership membership, String status, Instant at) {
        jdbc.sql("""
                INSERT INTO identity.membership (account_id, tenant_id, role, status, created_at)
                VALUES (:account, :tenant, :role, :status, :at)
                """)
                .param("account", membership.accountId().value())
                .param("tenant", membership.tenantId().value())
                .param("role", membership.role().name())
                .param("status", status)
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    @Override
    public void changeRole(Membership membership) {
        jdbc.sql("UPDATE identity.membership SET role = :role WHERE account_id = :account AND tenant_id = :tenant")
                .param("account", membership.accountId().value())
                .param("tenant", membership.tenantId().value())
                .param("role", membership.role().name())
                .update();
    }

    @Override
    public boolean accept(AccountId account, TenantId tenant) {
        return jdbc.sql("""
                UPDATE identity.membership SET status = 'ACTIVE'
                WHERE account_id = :account AND tenant_id = :tenant AND status = 'INVITED'
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .update() == 1;
    }

    @Override
    public boolean removeInvitation(AccountId account, TenantId tenant) {
        return jdbc.sql("""
                DELETE FROM identity.membership WHERE account_id = :account AND tenant_id = :tenant AND status = 'INVITED'
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .update() == 1;
    }

    @Override
    public void remove(AccountId account, TenantId tenant) {
        jdbc.sql("DELETE FROM identity.membership WHERE account_id = :account AND tenant_id = :tenant")
                .param("account", account.value())
                .param("tenant", tenant.value())
                .update();
    }
}

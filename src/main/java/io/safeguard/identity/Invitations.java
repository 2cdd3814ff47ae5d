package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Invitations {
    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, AccountId account, TenantId tenant, AccountId invitedBy, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO identity.invitation (token_hash, account_id, tenant_id, invited_by, expires_at)
                VALUES (:hash, :account, :tenant, :by, :expires)
                """)
                .param("hash", tokenHash)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .param("by", invitedBy.value())
                .param("expires", JdbcAccounts.utc(expiresAt))
                .update();
    }

    Optional<Open> findOpen(String tokenHash, Instant now) {
        return jdbc.sql("""
                SELECT account_id, tenant_id FROM identity.invitation
                WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now
                """)
                .param("hash", tokenHash)
                .param("now", JdbcAccounts.utc(now))
                .query((rs, n) -> new Open(new AccountId(rs.getObject("account_id", UUID.class)),
                        new TenantId(rs.getObject("tenant_id", UUID.class))))
                .optional();
    }

    void markAccepted(String tokenHash, Instant at) {
        jdbc.sql("UPDATE identity.invitation SET accepted_at = :at WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    record Open(AccountId accountId, TenantId tenantId) {}
}

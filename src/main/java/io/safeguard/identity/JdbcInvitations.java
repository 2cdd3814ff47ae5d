package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitation links, stored by the SHA-256 of their secret. A link is open until accepted, closed or expired. */
@Repository
class JdbcInvitations {
    private static final String OPEN = "accepted_at IS NULL AND closed_at IS NULL";
    private final JdbcClient jdbc;

    JdbcInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, AccountId account, TenantId tenant, AccountId invitedBy, Instant expiresAt,
            InvitationKind kind) {
        jdbc.sql("""
                INSERT INTO identity.invitation (token_hash, account_id, tenant_id, invited_by, expires_at, kind)
                VALUES (:hash, :account, :tenant, :by, :expires, :kind)
                """)
                .param("hash", tokenHash)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .param("by", invitedBy.value())
                .param("expires", JdbcAccounts.utc(expiresAt))
                .param("kind", kind.name())
                .update();
    }

    Optional<Open> findOpen(String tokenHash, Instant now) {
        return jdbc.sql("SELECT account_id, tenant_id, kind FROM identity.invitation WHERE token_hash = :hash AND "
                        + OPEN + " AND expires_at > :now")
                .param("hash", tokenHash)
                .param("now", JdbcAccounts.utc(now))
                .query((rs, n) -> new Open(new AccountId(rs.getObject("account_id", UUID.class)),
                        new TenantId(rs.getObject("tenant_id", UUID.class)), InvitationKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    /** False when the link was used or closed meanwhile (two acceptances racing): the caller then refuses. */
    boolean markAccepted(String tokenHash, Instant at) {
        return jdbc.sql("UPDATE identity.invitation SET accepted_at = :at WHERE token_hash = :hash AND " + OPEN)
                .param("hash", tokenHash)
                .param("at", JdbcAccounts.utc(at))
                .update() == 1;
    }

    /** Once an account has a password, no other link may set it again, whichever organization issued it. */
    void closePasswordLinks(AccountId account, Instant at) {
        jdbc.sql("UPDATE identity.invitation SET closed_at = :at WHERE account_id = :account AND kind = 'SET_PASSWORD' AND "
                        + OPEN)
                .param("account", account.value())
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    /** Closes what one organization still has open for an account (accepted, declined or removed). */
    void close(AccountId account, TenantId tenant, Instant at) {
        jdbc.sql("UPDATE identity.invitation SET closed_at = :at WHERE account_id = :account AND tenant_id = :tenant AND "
                        + OPEN)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    record Open(AccountId accountId, TenantId tenantId, InvitationKind kind) {}
}

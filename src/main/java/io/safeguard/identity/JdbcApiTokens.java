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
class JdbcApiTokens {
    private static final String COLUMNS =
            "id, name, tenant_id, role, created_at, expires_at, last_used_at, revoked_at, account_id";
    private final JdbcClient jdbc;

    JdbcApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, String hash, AccountId account) {
        jdbc.sql("""
                INSERT INTO identity.api_token (id, token_hash, account_id, tenant_id, role, name, created_at, expires_at)
                VALUES (:id, :hash, :account, :tenant, :role, :name, :created, :expires)
                """)
                .param("id", token.id())
                .param("hash", hash)
                .param("account", account.value())
                .param("tenant", token.tenantId().value())
                .param("role", token.role().name())
                .param("name", token.name())
                .param("created", JdbcAccounts.utc(token.createdAt()))
                .param("expires", token.expiresAt() == null ? null : JdbcAccounts.utc(token.expiresAt()))
                .update();
    }

    List<ApiToken> ofAccount(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_token WHERE account_id = :account ORDER BY created_at DESC")
                .param("account", account.value())
                .query((rs, n) -> toToken(rs))
                .list();
    }

    Optional<ApiToken> find(AccountId account, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_token WHERE account_id = :account AND id = :id")
                .param("account", account.value())
                .param("id", id)
                .query((rs, n) -> toToken(rs))
                .optional();
    }

    Optional<Found> findByHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new Found(toToken(rs), new AccountId(rs.getObject("account_id", UUID.class))))
                .optional();
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("UPDATE identity.api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("id", id)
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    int revokeAll(AccountId account, TenantId tenant, Instant at) {
        return jdbc.sql("""
                UPDATE identity.api_token SET revoked_at = :at
                WHERE account_id = :account AND tenant_id = :tenant AND revoked_at IS NULL
                """)
                .param("account", account.value())
                .param("tenant", tenant.value())
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE identity.api_token SET last_used_at = :at WHERE id = :id")
                .param("id", id)
                .param("at", JdbcAccounts.utc(at))
                .update();
    }

    private static ApiToken toToken(ResultSet rs) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                Role.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                JdbcAccounts.instant(rs.getObject("expires_at", OffsetDateTime.class)),
                JdbcAccounts.instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                JdbcAccounts.instant(rs.getObject("revoked_at", OffsetDateTime.class)));
    }

    record Found(ApiToken token, AccountId accountId) {}
}

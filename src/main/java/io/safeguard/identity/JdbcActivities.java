package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActivities implements ChainCheck.Source {
    private static final String COLUMNS = """
            seq, occurred_at, account_id, account_email, tenant_id, action, object_type, object_id, detail,
            source_address, prev_hash, hash
            """;
    private final JdbcClient jdbc;

    JdbcActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head row until the transaction ends: appends are serialized, across instances too. */
    Head lockHead() {
        return jdbc.sql("SELECT seq, hash FROM identity.activity_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
    }

    @Override
    public Head head() {
        return jdbc.sql("SELECT seq, hash FROM identity.activity_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
    }

    void append(ActivityRecord r) {
        jdbc.sql("""
                INSERT INTO identity.activity (seq, occurred_at, account_id, account_email, tenant_id, action,
                    object_type, object_id, detail, source_address, prev_hash, hash)
                VALUES (:seq, :at, :account, :email, :tenant, :action, :type, :objectId, :detail, :address, :prev, :hash)
                """)
                .param("seq", r.seq())
                .param("at", JdbcAccounts.utc(r.occurredAt()))
                .param("account", r.accountId() == null ? null : r.accountId().value())
                .param("email", r.accountEmail())
                .param("tenant", r.tenantId() == null ? null : r.tenantId().value())
                .param("action", r.action())
                .param("type", r.objectType())
                .param("objectId", r.objectId())
                .param("detail", r.detail())
                .param("address", r.sourceAddress())
                .param("prev", r.prevHash())
                .param("hash", r.hash())
                .update();
        jdbc.sql("UPDATE identity.activity_head SET seq = :seq, hash = :hash WHERE id = 1")
                .param("seq", r.seq())
                .param("hash", r.hash())
                .update();
    }

    /** Streams the trail up to {@code lastSeq} in sequence order without holding it in memory. */
    @Override
    public void forEachUpTo(long lastSeq, Consumer<ActivityRecord> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM identity.activity WHERE seq <= :last ORDER BY seq")
                .param("last", lastSeq)
                .withFetchSize(1000)
                .query(rs -> {
                    consumer.accept(toRecord(rs));
                });
    }

    @Override
    public long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM identity.activity").query(Long.class).single();
    }

    List<ActivityRecord> page(@Nullable TenantId tenant, @Nullable String actionPrefix, long beforeSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM identity.activity
                WHERE (:allTenants = TRUE OR tenant_id = :tenant)
                  AND (:action = '' OR action LIKE :actionLike)
                  AND seq < :before
                ORDER BY seq DESC
                """ + " LIMIT " + limit)
                .param("allTenants", tenant == null)
                .param("tenant", tenant == null ? UUID.randomUUID() : tenant.value())
                .param("action", actionPrefix == null ? "" : actionPrefix)
                .param("actionLike", (actionPrefix == null ? "" : actionPrefix) + "%")
                .param("before", beforeSeq)
                .query((rs, n) -> toRecord(rs))
                .list();
    }

    private static ActivityRecord toRecord(ResultSet rs) throws SQLException {
        UUID account = rs.getObject("account_id", UUID.class);
        UUID tenant = rs.getObject("tenant_id", UUID.class);
        return new ActivityRecord(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                account == null ? null : new AccountId(account),
                rs.getString("account_email"),
                tenant == null ? null : new TenantId(tenant),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("detail"),
                rs.getString("source_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    record Head(long seq, String hash) {}
}

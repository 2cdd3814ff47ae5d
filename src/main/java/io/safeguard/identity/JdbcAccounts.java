package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {
    private static final String COLUMNS = """
            id, email, display_name, password_hash, status, platform_admin, totp_secret, totp_last_step,
            failed_sign_ins, locked_until, created_at
            """;
    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE id = :id")
                .param("id", id.value())
                .query(JdbcAccounts::toAccount)
                .optional();
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE email = :email")
                .param("email", email)
                .query(JdbcAccounts::toAccount)
                .optional();
    }

    @Override
    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM identity.account").query(Long.class).single() > 0;
    }

    @Override
    public List<Account> platformAdmins() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE platform_admin = TRUE ORDER BY created_at")
                .query(JdbcAccounts::toAccount)
                .list();
    }

    @Override
    public void insert(Account account) {
        jdbc.sql("""
                INSERT INTO identity.account (id, email, display_name, password_hash, status, platform_admin,
                                              totp_secret, totp_last_step, failed_sign_ins, locked_until, created_at)
                VALUES (:id, :email, :name, :hash, :status, :admin, NULL, NULL, 0, NULL, :createdAt)
                """)
                .param("id", account.id().value())
                .param("email", account.email())
                .param("name", account.displayName())
                .param("hash", account.passwordHash())
                .param("status", account.status().name())
                .param("admin", account.platformAdmin())
                .param("createdAt", utc(account.createdAt()))
                .update();
    }

    @Override
    public boolean activate(AccountId id, String displayName, String passwordHash) {
        // Only an account that never had a password: a link must not reset the password of an active account.
        return jdbc.sql("""
                UPDATE identity.account SET status = 'ACTIVE', display_name = :name, password_hash = :hash
                WHERE id = :id AND status = 'INVITED'
                """)
                .param("id", id.value())
                .param("name", displayName)
                .param("hash", passwordHash)
                .update() == 1;
    }

    @Override
    public int countFailedSignIn(AccountId id, int maxFailures, Instant now, Instant lockUntil) {
        // Every SET expression reads the row as it was before this statement; the row lock serializes parallel failures.
        jdbc.sql("""
                UPDATE identity.account SET
                    failed_sign_ins = CASE WHEN locked_until <= :now THEN 1 ELSE failed_sign_ins + 1 END,
                    locked_until = CASE
                        WHEN locked_until <= :now THEN CASE WHEN :max <= 1 THEN :until END
                        WHEN locked_until IS NULL AND failed_sign_ins + 1 >= :max THEN :until
                        ELSE locked_until END
                WHERE id = :id
                """)
                .param("id", id.value())
                .param("now", utc(now))
                .param("until", utc(lockUntil))
                .param("max", maxFailures)
                .update();
        // Same transaction, row still locked by the update: this is exactly the count this failure produced.
        return jdbc.sql("SELECT failed_sign_ins FROM identity.account WHERE id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean resetFailedSignInsUnlessLocked(AccountId id, Instant now) {
        return jdbc.sql("""
                UPDATE identity.account SET failed_sign_ins = 0, locked_until = NULL
                WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)
                """)
                .param("id", id.value())
                .param("now", utc(now))
                .update() == 1;
    }

    @Override
    public void setTotp(AccountId id, @Nullable String secret, @Nullable Long lastStep) {
        jdbc.sql("UPDATE identity.account SET totp_secret = :secret, totp_last_step = :step WHERE id = :id")
                .param("id", id.value())
                .param("secret", secret)
                .param("step", lastStep)
                .update();
    }

    @Override
    public boolean useTotpStep(AccountId id, long step) {
        // Conditional, so two requests carrying the same code cannot both pass (RFC 6238 section 5.2: accept once).
        return jdbc.sql("""
                UPDATE identity.account SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
                .param("id", id.value())
                .param("step", step)
                .update() == 1;
    }

    private static Account toAccount(ResultSet rs, int row) throws SQLException {
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("platform_admin"),
                rs.getString("totp_secret"),
                rs.getObject("totp_last_step", Long.class),
                rs.getInt("failed_sign_ins"),
                instant(rs.getObject("locked_until", OffsetDateTime.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** Timestamps go to the database as UTC offsets, so the JVM's default zone never shifts them. */
    static OffsetDateTime utc(Instant instant) {
        // Both databases keep microseconds; truncating here (not rounding there) keeps boundaries exact.
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}

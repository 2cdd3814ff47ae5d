package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored tree of an organization's ledger: tiles of 256 hashes (C2SP tlog-tiles layout; level k holds the hashes of
 * complete subtrees of 256^k leaves), the head (size and right edge, to resume appending) and signed checkpoints.
 */
@Repository
class JdbcTiles {
    private final JdbcTemplate jdbc;

    JdbcTiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long size, byte[] edge) {}

    record StoredCheckpoint(long size, byte[] root, String note, Instant createdAt) {}

    /** The head, locked for this transaction (one writer per organization); created empty on first use. */
    Head lockHead(TenantId tenant, Instant now) {
        List<Head> found = jdbc.query("SELECT tree_size, edge FROM accesslog.head WHERE tenant_id = ? FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)), tenant.value());
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        jdbc.update("INSERT INTO accesslog.head (tenant_id, tree_size, edge, updated_at) VALUES (?, 0, ?, ?) ON CONFLICT DO NOTHING", tenant.value(), new byte[0],
                utc(now));
        return lockHead(tenant, now);
    }

    Optional<Head> head(TenantId tenant) {
        return jdbc.query("SELECT tree_size, edge FROM accesslog.head WHERE tenant_id = ?",
                (rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)), tenant.value()).stream().findFirst();
    }

    void saveHead(TenantId tenant, long size, byte[] edge, Instant now) {
        jdbc.update("UPDATE accesslog.head SET tree_size = ?, edge = ?, updated_at = ? WHERE tenant_id = ?", size, edge, utc(now),
                tenant.value());
    }

    /** The hashes of one tile (32 bytes each, in index order), or empty when none is stored yet. */
    byte[] tile(TenantId tenant, int level, long index) {
        List<byte[]> found = jdbc.query("SELECT hashes FROM accesslog.tile WHERE tenant_id = ? AND level = ? AND idx = ?",
                (rs, n) -> rs.getBytes(1), tenant.value(), level, index);
        return found.isEmpty() ? new byte[0] : found.getFirst();
    }

    /** Hashes to append to one tile that already holds {@code from} of them (0: a new tile). */
    record TilePart(int level, long index, int from, byte[] hashes) {}

    /**
     * Appends the parts to their tiles in two batched statements: a partial tile grows until it holds 256 hashes, then
     * never changes; a part whose tile does not hold exactly {@code from} hashes is refused.
     */
    void putTiles(TenantId tenant, List<TilePart> parts) {
        List<Object[]> inserts = new java.util.ArrayList<>();
        List<Object[]> updates = new java.util.ArrayList<>();
        for (TilePart p : parts) {
            int width = p.from() + p.hashes().length / 32;
            if (p.from() == 0) {
                inserts.add(new Object[] {tenant.value(), p.level(), p.index(), width, p.hashes()});
            } else {
                updates.add(new Object[] {width, p.hashes(), tenant.value(), p.level(), p.index(), p.from()});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO accesslog.tile (tenant_id, level, idx, width, hashes) VALUES (?, ?, ?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            int[] counts = jdbc.batchUpdate("""
                    UPDATE accesslog.tile SET width = ?, hashes = hashes || CAST(? AS BYTEA) WHERE tenant_id = ? AND level = ? AND idx = ? AND width = ?""", updates);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    Object[] u = updates.get(i);
                    throw new IllegalStateException("tile " + u[3] + "/" + u[4] + " does not hold the " + u[5] + " hashes the ledger expects");
                }
            }
        }
    }

    void addCheckpoint(TenantId tenant, long size, byte[] root, String note, Instant now) {
        jdbc.update("INSERT INTO accesslog.checkpoint (tenant_id, tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?, ?)",
                tenant.value(), size, root, note, utc(now));
    }

    Optional<StoredCheckpoint> latestCheckpoint(TenantId tenant) {
        return jdbc.query("""
                SELECT tree_size, root_hash, note, created_at FROM accesslog.checkpoint WHERE tenant_id = ?
                ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY""", (rs, n) -> checkpoint(rs), tenant.value()).stream().findFirst();
    }

    List<StoredCheckpoint> checkpoints(TenantId tenant) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM accesslog.checkpoint WHERE tenant_id = ? ORDER BY tree_size",
                (rs, n) -> checkpoint(rs), tenant.value());
    }

    Optional<StoredCheckpoint> checkpoint(TenantId tenant, long size) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM accesslog.checkpoint WHERE tenant_id = ? AND tree_size = ?",
                (rs, n) -> checkpoint(rs), tenant.value(), size).stream().findFirst();
    }

    private static StoredCheckpoint checkpoint(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The rows one prepared batch becomes ({@link JdbcEventStore}, ADR 0004): its entry bundles (the one partly filled by
 * the previous batch extended in place), a fingerprint block per day, the patient and user key buckets and the segment
 * row, each kind in one batched statement.
 */
final class BatchRows {
    private BatchRows() {}

    /** Writes the batch as segment {@code segment} starting at ledger position {@code firstSeq}. */
    static void write(Connection con, TenantId tenant, long segment, long firstSeq, PreparedBatch batch) throws SQLException {
        int n = batch.size();
        writeBundles(con, tenant, firstSeq, batch);
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO accesslog.fingerprint_block (tenant_id, occurred_day, seg, entries) VALUES (?, ?, ?, ?)")) {
            for (var block : batch.fingerprintBlocks().entrySet()) {
                ps.setObject(1, tenant.value());
                ps.setObject(2, block.getKey());
                ps.setLong(3, segment);
                ps.setBytes(4, FingerprintBlock.shifted(block.getValue(), firstSeq));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeBuckets(con, tenant, "P", segment, firstSeq, batch.patientBuckets());
        writeBuckets(con, tenant, "U", segment, firstSeq, batch.userBuckets());
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO accesslog.segment (tenant_id, seg, first_seq, last_seq, min_occurred, max_occurred) VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, tenant.value());
            ps.setLong(2, segment);
            ps.setLong(3, firstSeq);
            ps.setLong(4, firstSeq + n - 1);
            ps.setObject(5, utcMicros(min(batch, 0, n)));
            ps.setObject(6, utcMicros(max(batch, 0, n)));
            ps.executeUpdate();
        }
    }

    /**
     * Appends to the partial bundle left by the previous batch (its stored width must be what the ledger expects), then
     * writes whole new bundles; entries are concatenated as they are encoded.
     */
    private static void writeBundles(Connection con, TenantId tenant, long firstSeq, PreparedBatch batch) throws SQLException {
        int i = 0;
        int offset = (int) (firstSeq % EntryBundle.WIDTH);
        if (offset > 0) {
            int take = Math.min(EntryBundle.WIDTH - offset, batch.size());
            long idx = firstSeq / EntryBundle.WIDTH;
            try (PreparedStatement ps = con.prepareStatement("""
                    UPDATE accesslog.entry_bundle SET width = ?, entries = entries || CAST(? AS BYTEA), min_occurred = LEAST(min_occurred, ?),
                    max_occurred = GREATEST(max_occurred, ?) WHERE tenant_id = ? AND idx = ? AND width = ?""")) {
                ps.setInt(1, offset + take);
                ps.setBytes(2, batch.entries(0, take));
                ps.setObject(3, utcMicros(min(batch, 0, take)));
                ps.setObject(4, utcMicros(max(batch, 0, take)));
                ps.setObject(5, tenant.value());
                ps.setLong(6, idx);
                ps.setInt(7, offset);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("entry bundle " + idx + " does not hold the " + offset + " entries the ledger expects");
                }
            }
            i = take;
        }
        try (PreparedStatement insert = con.prepareStatement("""
                INSERT INTO accesslog.entry_bundle (tenant_id, idx, width, min_occurred, max_occurred, cleared, entries) VALUES (?, ?, ?, ?, ?, 0, ?)""")) {
            while (i < batch.size()) {
                int take = Math.min(EntryBundle.WIDTH, batch.size() - i);
                insert.setObject(1, tenant.value());
                insert.setLong(2, (firstSeq + i) / EntryBundle.WIDTH);
                insert.setInt(3, take);
                insert.setObject(4, utcMicros(min(batch, i, i + take)));
                insert.setObject(5, utcMicros(max(batch, i, i + take)));
                insert.setBytes(6, batch.entries(i, i + take));
                insert.addBatch();
                i += take;
            }
            insert.executeBatch();
        }
    }

    private static long min(PreparedBatch batch, int from, int to) {
        long min = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
            min = Math.min(min, batch.occurredMicros(i));
        }
        return min;
    }

    private static long max(PreparedBatch batch, int from, int to) {
        long max = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            max = Math.max(max, batch.occurredMicros(i));
        }
        return max;
    }

    private static OffsetDateTime utcMicros(long micros) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                ZoneOffset.UTC);
    }

    /** The batch's key buckets, their positions made ledger positions. */
    private static void writeBuckets(Connection con, TenantId tenant, String kind, long segment, long firstSeq, byte[][] buckets)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO accesslog.key_bucket (tenant_id, kind, bucket, seg, entries) VALUES (?, ?, ?, ?, ?)")) {
            for (int bucket = 0; bucket < buckets.length; bucket++) {
                if (buckets[bucket] == null) {
                    continue;
                }
                ps.setObject(1, tenant.value());
                ps.setString(2, kind);
                ps.setInt(3, bucket);
                ps.setLong(4, segment);
                ps.setBytes(5, KeyBucket.shifted(buckets[bucket], firstSeq));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

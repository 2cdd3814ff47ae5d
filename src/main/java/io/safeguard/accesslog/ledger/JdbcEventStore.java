package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Events in entry bundles of 256 positions ({@link EntryBundle}, ADR 0004), per segment and day a block of
 * fingerprints for re-delivery, and per segment 256 key buckets each for patients and users. Costs per row dominate
 * on the embedded database, so a batch of 20,000 events writes about 80 bundles, 512 buckets and a few fingerprint
 * blocks instead of 20,000 rows with their index entries ({@link BatchRows} writes them).
 */
@Repository
class JdbcEventStore implements EventStore {
    static final int BUCKETS = 256;
    private final JdbcTemplate jdbc;
    private final FingerprintIndex fingerprintIndex;

    JdbcEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fingerprintIndex = new FingerprintIndex(jdbc);
    }

    @Override
    public BitSet alreadyStored(TenantId tenant, PreparedBatch batch) {
        Map<Long, List<Integer>> candidates = new TreeMap<>(); // stored seq -> batch positions with its fingerprint
        for (var day : batch.fingerprintBlocks().entrySet()) { // both sides in fingerprint order: a join per stored run of the day
            var incoming = FingerprintBlock.decode(day.getValue());
            for (FingerprintBlock run : fingerprintIndex.day(tenant, day.getKey())) {
                incoming.join(run, (seq, position) -> candidates.computeIfAbsent(seq, k -> new ArrayList<>(1)).add(position.intValue()));
            }
        }
        BitSet stored = new BitSet(batch.size());
        List<Long> seqs = new ArrayList<>(candidates.keySet());
        for (int from = 0; from < seqs.size(); ) { // confirm on the ids (a fingerprint may collide), one scan per run of nearby positions
            int to = from + 1;
            while (to < seqs.size() && seqs.get(to) - seqs.get(to - 1) <= 4L * EntryBundle.WIDTH) {
                to++;
            }
            scan(tenant, seqs.get(from), seqs.get(to - 1) + 1, row -> {
                List<Integer> positions = candidates.get(row.seq());
                if (positions == null) {
                    return;
                }
                AccessEvent kept = row.event();
                for (int i : positions) {
                    AccessEvent e = batch.event(i);
                    if (kept == null || (kept.sourceSystem().equals(e.sourceSystem()) && kept.sourceEventId().equals(e.sourceEventId()))) {
                        stored.set(i); // an expired entry matched by fingerprint counts as stored: it was delivered before
                    }
                }
            });
            from = to;
        }
        return stored;
    }

    @Override
    public void append(TenantId tenant, long segment, long firstSeq, PreparedBatch batch) {
        if (batch.size() > 0) {
            jdbc.execute((Connection con) -> {
                BatchRows.write(con, tenant, segment, firstSeq, batch);
                return null;
            });
        }
    }

    static int bucket(String key) {
        return (key.hashCode() * 0x9E3779B9 >>> 24) & (BUCKETS - 1);
    }

    @Override
    public void scan(TenantId tenant, long fromSeq, long toSeq, Consumer<Row> consumer) {
        if (fromSeq >= toSeq) {
            return;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT idx, entries FROM accesslog.entry_bundle WHERE tenant_id = ? AND idx >= ? AND idx <= ? ORDER BY idx");
            ps.setObject(1, tenant.value());
            ps.setLong(2, fromSeq / EntryBundle.WIDTH);
            ps.setLong(3, (toSeq - 1) / EntryBundle.WIDTH);
            ps.setFetchSize(64);
            return ps;
        }, rs -> {
            long base = rs.getLong(1) * EntryBundle.WIDTH;
            List<EntryBundle.Entry> entries = EntryBundle.decode(rs.getBytes(2)).entries();
            for (int k = 0; k < entries.size(); k++) {
                long seq = base + k;
                if (seq >= fromSeq && seq < toSeq) {
                    var e = entries.get(k);
                    consumer.accept(new Row(seq, e.canonical(), e.cleared() ? e.occurredAt() : null));
                }
            }
        });
    }

    @Override
    public List<long[]> seqRanges(TenantId tenant, Instant from, Instant to) {
        return jdbc.query("""
                SELECT first_seq, last_seq FROM accesslog.segment WHERE tenant_id = ? AND max_occurred >= ? AND min_occurred < ? ORDER BY seg""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2) + 1}, tenant.value(), utc(from), utc(to));
    }

    @Override
    public List<StoredEvent> byPatient(TenantId tenant, String patientId, Instant from, Instant to, int limit) {
        return lookup("P", tenant, patientId, from, to, limit);
    }

    @Override
    public List<StoredEvent> byUser(TenantId tenant, String userId, Instant from, Instant to, int limit) {
        return lookup("U", tenant, userId, from, to, limit);
    }

    private List<StoredEvent> lookup(String kind, TenantId tenant, String key, Instant from, Instant to, int limit) {
        List<Long> seqs = new ArrayList<>();
        jdbc.query("""
                SELECT b.entries FROM accesslog.key_bucket b JOIN accesslog.segment s ON s.tenant_id = b.tenant_id AND s.seg = b.seg
                WHERE b.tenant_id = ? AND b.kind = ? AND b.bucket = ? AND s.max_occurred >= ? AND s.min_occurred < ?""",
                rs -> {
                    KeyBucket.find(rs.getBytes(1), key, seqs::add);
                }, tenant.value(), kind, bucket(key), utc(from), utc(to));
        Collections.sort(seqs);
        List<StoredEvent> found = new ArrayList<>();
        for (int i = 0; i < seqs.size(); ) { // read each bundle once
            long bundle = seqs.get(i) / EntryBundle.WIDTH;
            int j = i;
            while (j < seqs.size() && seqs.get(j) / EntryBundle.WIDTH == bundle) {
                j++;
            }
            var wanted = new java.util.HashSet<>(seqs.subList(i, j));
            scan(tenant, bundle * EntryBundle.WIDTH, (bundle + 1) * EntryBundle.WIDTH, row -> {
                if (wanted.contains(row.seq()) && row.canonical() != null) {
                    AccessEvent e = row.event();
                    if (!e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
                        found.add(new StoredEvent(row.seq(), e));
                    }
                }
            });
            i = j;
        }
        found.sort(Comparator.comparing((StoredEvent s) -> s.event().occurredAt()).thenComparingLong(StoredEvent::seq).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    @Override
    public long expire(TenantId tenant, Instant cutoff, List<Instant[]> held) {
        List<Long> candidates = jdbc.queryForList("""
                SELECT idx FROM accesslog.entry_bundle WHERE tenant_id = ? AND min_occurred < ? AND cleared < width ORDER BY idx""",
                Long.class, tenant.value(), utc(cutoff));
        long cleared = 0;
        for (long idx : candidates) {
            var bundle = bundle(tenant, idx).orElseThrow();
            List<EntryBundle.Entry> entries = new ArrayList<>(bundle.entries());
            int changed = 0;
            int clearedNow = 0;
            for (int k = 0; k < entries.size(); k++) {
                var e = entries.get(k);
                if (e.cleared()) {
                    clearedNow++;
                    continue;
                }
                Instant occurred = AccessEvent.fromCanonical(e.canonical()).occurredAt();
                if (occurred.isBefore(cutoff) && held.stream().noneMatch(p -> !occurred.isBefore(p[0]) && occurred.isBefore(p[1]))) {
                    entries.set(k, new EntryBundle.Entry(null, occurred));
                    changed++;
                    clearedNow++;
                }
            }
            if (changed > 0) {
                jdbc.update("UPDATE accesslog.entry_bundle SET entries = ?, cleared = ? WHERE tenant_id = ? AND idx = ?",
                        new EntryBundle(entries).encode(), clearedNow, tenant.value(), idx);
                cleared += changed;
            }
        }
        if (cleared > 0) {
            purgeKeys(tenant, cutoff);
        }
        return cleared;
    }

    /** Drops cleared positions from the key buckets of segments that began before the cutoff (the keys are PHI too). */
    private void purgeKeys(TenantId tenant, Instant cutoff) {
        List<long[]> segments = jdbc.query("SELECT seg, first_seq, last_seq FROM accesslog.segment WHERE tenant_id = ? AND min_occurred < ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, tenant.value(), utc(cutoff));
        for (long[] s : segments) {
            BitSet live = new BitSet();
            scan(tenant, s[1], s[2] + 1, row -> {
                if (row.canonical() != null) {
                    live.set((int) (row.seq() - s[1]));
                }
            });
            jdbc.query("SELECT kind, bucket, entries FROM accesslog.key_bucket WHERE tenant_id = ? AND seg = ?", rs -> {
                byte[] kept = KeyBucket.retain(rs.getBytes(3), seq -> live.get((int) (seq - s[1])));
                jdbc.update("UPDATE accesslog.key_bucket SET entries = ? WHERE tenant_id = ? AND kind = ? AND bucket = ? AND seg = ?", kept,
                        tenant.value(), rs.getString(1), rs.getInt(2), s[0]);
            }, tenant.value(), s[0]);
        }
    }

    private java.util.Optional<EntryBundle> bundle(TenantId tenant, long idx) {
        return jdbc.query("SELECT entries FROM accesslog.entry_bundle WHERE tenant_id = ? AND idx = ?",
                (rs, n) -> EntryBundle.decode(rs.getBytes(1)), tenant.value(), idx).stream().findFirst();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

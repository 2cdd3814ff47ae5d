package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The re-delivery fingerprints of one day of an organization: all committed segments' blocks merged into a few sorted
 * runs, so that a lookup costs a handful of searches however many batches the day arrived in. Runs are merged like a
 * binary counter (a run is merged into the one before it while that one is at most twice its size), so the merging
 * over a day costs O(n log n) and there are O(log n) runs. A block never changes once committed; merged days are kept
 * in memory once the transaction that read them commits (up to {@value #CACHED_FINGERPRINTS} fingerprints, least
 * recently used dropped first) and a later batch reads and merges only the blocks committed since.
 */
final class FingerprintIndex {
    private static final long CACHED_FINGERPRINTS = 8_000_000; // 16 bytes each: 128 MB at most

    private record DayKey(TenantId tenant, LocalDate day) {}

    private record Merged(Set<Long> segments, List<FingerprintBlock> runs) {
        int size() {
            return runs.stream().mapToInt(FingerprintBlock::size).sum();
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<DayKey, Merged> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedFingerprints;

    FingerprintIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every fingerprint committed for the day, with its position, as sorted runs. */
    List<FingerprintBlock> day(TenantId tenant, LocalDate day) {
        var key = new DayKey(tenant, day);
        List<Long> segments = jdbc.queryForList("SELECT seg FROM accesslog.fingerprint_block WHERE tenant_id = ? AND occurred_day = ?",
                Long.class, tenant.value(), day);
        Merged known;
        synchronized (cache) {
            known = cache.getOrDefault(key, new Merged(Set.of(), List.of()));
        }
        List<FingerprintBlock> runs = new ArrayList<>(known.runs());
        Set<Long> merged = new HashSet<>(known.segments());
        for (long seg : segments) {
            if (merged.add(seg)) {
                push(runs, jdbc.queryForObject("SELECT entries FROM accesslog.fingerprint_block WHERE tenant_id = ? AND occurred_day = ? AND seg = ?",
                        (rs, n) -> FingerprintBlock.decode(rs.getBytes(1)), tenant.value(), day, seg));
            }
        }
        if (merged.size() == known.segments().size()) {
            return known.runs();
        }
        var read = new Merged(merged, List.copyOf(runs));
        if (TransactionSynchronizationManager.isSynchronizationActive()) { // a block read inside a transaction may be its own,
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() { // not yet committed
                @Override
                public void afterCommit() {
                    remember(key, read);
                }
            });
        } else {
            remember(key, read);
        }
        return runs;
    }

    private static void push(List<FingerprintBlock> runs, FingerprintBlock block) {
        runs.add(block);
        while (runs.size() > 1 && runs.get(runs.size() - 2).size() <= 2 * runs.getLast().size()) {
            var last = runs.removeLast();
            runs.add(FingerprintBlock.merge(List.of(runs.removeLast(), last)));
        }
    }

    private void remember(DayKey key, Merged merged) {
        synchronized (cache) {
            Merged previous = cache.put(key, merged);
            cachedFingerprints += merged.size() - (previous == null ? 0 : previous.size());
            var eldest = cache.entrySet().iterator();
            while (cachedFingerprints > CACHED_FINGERPRINTS && eldest.hasNext()) {
                var entry = eldest.next();
                if (!entry.getKey().equals(key)) {
                    cachedFingerprints -= entry.getValue().size();
                    eldest.remove();
                }
            }
        }
    }
}

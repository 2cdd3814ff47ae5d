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

/**
 * The re-delivery fingerprints of one day of an organization, all committed segments' blocks merged into one sorted
 * block, so that a lookup is one binary search however many batches the day arrived in. A block never changes once
 * committed; merged days are kept in memory (up to {@value #CACHED_FINGERPRINTS} fingerprints, least recently used
 * dropped first) and a later batch reads and merges only the blocks committed since.
 */
final class FingerprintIndex {
    private static final long CACHED_FINGERPRINTS = 8_000_000; // 16 bytes each: 128 MB at most

    private record DayKey(TenantId tenant, LocalDate day) {}

    private record Merged(Set<Long> segments, FingerprintBlock block) {}

    private final JdbcTemplate jdbc;
    private final Map<DayKey, Merged> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedFingerprints;

    FingerprintIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every fingerprint committed for the day, with its position. */
    FingerprintBlock day(TenantId tenant, LocalDate day) {
        var key = new DayKey(tenant, day);
        List<Long> segments = jdbc.queryForList("SELECT seg FROM accesslog.fingerprint_block WHERE tenant_id = ? AND occurred_day = ?",
                Long.class, tenant.value(), day);
        Merged known;
        synchronized (cache) {
            known = cache.getOrDefault(key, new Merged(Set.of(), FingerprintBlock.EMPTY));
        }
        List<FingerprintBlock> added = new ArrayList<>();
        Set<Long> merged = new HashSet<>(known.segments());
        for (long seg : segments) {
            if (merged.add(seg)) {
                added.add(jdbc.queryForObject("SELECT entries FROM accesslog.fingerprint_block WHERE tenant_id = ? AND occurred_day = ? AND seg = ?",
                        (rs, n) -> FingerprintBlock.decode(rs.getBytes(1)), tenant.value(), day, seg));
            }
        }
        if (added.isEmpty()) {
            return known.block();
        }
        added.add(known.block());
        var block = FingerprintBlock.merge(added);
        remember(key, new Merged(merged, block));
        return block;
    }

    private void remember(DayKey key, Merged merged) {
        synchronized (cache) {
            Merged previous = cache.put(key, merged);
            cachedFingerprints += merged.block().size() - (previous == null ? 0 : previous.block().size());
            var eldest = cache.entrySet().iterator();
            while (cachedFingerprints > CACHED_FINGERPRINTS && eldest.hasNext()) {
                var entry = eldest.next();
                if (!entry.getKey().equals(key)) {
                    cachedFingerprints -= entry.getValue().block().size();
                    eldest.remove();
                }
            }
        }
    }
}

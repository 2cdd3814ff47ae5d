package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps an ingest idempotent: of a batch, only events not already stored (same source system and source event id) and
 * not repeated earlier in the batch go on to the ledger, with their fingerprints.
 */
@Component
public class Deduplication {
    private final EventStore events;
    private final JdbcTiles tiles;
    private final java.time.Clock clock;

    Deduplication(EventStore events, JdbcTiles tiles, java.time.Clock clock) {
        this.events = events;
        this.tiles = tiles;
        this.clock = clock;
    }

    /** The events of the batch not already stored and not repeated earlier in it, in order. */
    public PreparedBatch fresh(TenantId tenant, PreparedBatch batch) {
        // The organization's head is locked first (until the caller's transaction ends): two ingests of the same events at
        // once then see each other's committed batch instead of both appending it.
        tiles.lockHead(tenant, clock.instant());
        BitSet keep = events.alreadyStored(tenant, batch);
        keep.flip(0, batch.size());
        dropRepeats(batch, keep);
        return keep.cardinality() == batch.size() ? batch : batch.only(keep);
    }

    /**
     * Clears the later of two positions with the same source system and event id. Only positions sharing a fingerprint
     * can repeat, so events are read back only for those (a sorted copy of the fingerprints finds them).
     */
    private static void dropRepeats(PreparedBatch batch, BitSet keep) {
        long[] sorted = batch.fingerprints().clone();
        java.util.Arrays.sort(sorted);
        java.util.Set<Long> shared = new java.util.HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                shared.add(sorted[i]);
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            if (keep.get(i) && shared.contains(batch.fingerprints()[i])) {
                AccessEvent e = batch.event(i);
                if (!seen.add(e.sourceSystem() + '\u0000' + e.sourceEventId())) {
                    keep.clear(i);
                }
            }
        }
    }
}

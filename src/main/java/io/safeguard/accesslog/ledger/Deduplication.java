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
        BitSet stored = events.alreadyStored(tenant, batch.events(), batch.fingerprints());
        Set<String> seen = new HashSet<>();
        BitSet keep = new BitSet(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            AccessEvent e = batch.events().get(i);
            if (!stored.get(i) && seen.add(e.sourceSystem() + '\u0000' + e.sourceEventId())) {
                keep.set(i);
            }
        }
        return keep.cardinality() == batch.size() ? batch : batch.only(keep);
    }
}

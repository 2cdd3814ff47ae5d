package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps an ingest idempotent: of a batch, only events not already stored (same source system and source event id) and
 * not repeated earlier in the batch go on to the ledger, with their fingerprints.
 */
@Component
public class Deduplication {
    private final EventStore events;

    Deduplication(EventStore events) {
        this.events = events;
    }

    public record Fresh(List<AccessEvent> events, long[] fingerprints) {}

    public Fresh fresh(TenantId tenant, List<AccessEvent> batch) {
        long[] all = new long[batch.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = Fingerprints.of(tenant, batch.get(i));
        }
        BitSet stored = events.alreadyStored(tenant, batch, all);
        Set<String> seen = new HashSet<>();
        List<AccessEvent> fresh = new ArrayList<>(batch.size());
        long[] fingerprints = new long[batch.size()];
        for (int i = 0; i < all.length; i++) {
            AccessEvent e = batch.get(i);
            if (!stored.get(i) && seen.add(e.sourceSystem() + '\u0000' + e.sourceEventId())) {
                fingerprints[fresh.size()] = all[i];
                fresh.add(e);
            }
        }
        return new Fresh(fresh, java.util.Arrays.copyOf(fingerprints, fresh.size()));
    }
}

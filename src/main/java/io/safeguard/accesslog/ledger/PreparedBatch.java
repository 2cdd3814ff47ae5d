package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch with the CPU work done before it reaches the database: each event's canonical bytes, RFC 9162 leaf hash
 * and re-delivery fingerprint. Ingest prepares the next batch while the previous one is being written.
 */
public record PreparedBatch(List<AccessEvent> events, List<byte[]> canonical, List<byte[]> leafHashes, long[] fingerprints) {

    public static PreparedBatch of(TenantId tenant, List<AccessEvent> events) {
        List<byte[]> canonical = new ArrayList<>(events.size());
        List<byte[]> leaves = new ArrayList<>(events.size());
        long[] fingerprints = new long[events.size()];
        for (int i = 0; i < events.size(); i++) {
            byte[] bytes = events.get(i).canonical();
            canonical.add(bytes);
            leaves.add(MerkleHash.leaf(bytes));
            fingerprints[i] = Fingerprints.of(tenant, events.get(i));
        }
        return new PreparedBatch(List.copyOf(events), canonical, leaves, fingerprints);
    }

    public int size() {
        return events.size();
    }

    PreparedBatch only(java.util.BitSet keep) {
        List<AccessEvent> e = new ArrayList<>(keep.cardinality());
        List<byte[]> c = new ArrayList<>(keep.cardinality());
        List<byte[]> l = new ArrayList<>(keep.cardinality());
        long[] f = new long[keep.cardinality()];
        for (int i = keep.nextSetBit(0), n = 0; i >= 0; i = keep.nextSetBit(i + 1), n++) {
            e.add(events.get(i));
            c.add(canonical.get(i));
            l.add(leafHashes.get(i));
            f[n] = fingerprints[i];
        }
        return new PreparedBatch(e, c, l, f);
    }
}

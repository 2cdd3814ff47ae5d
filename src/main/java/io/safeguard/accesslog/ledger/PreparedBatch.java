package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch with the CPU work done before it reaches the database: each event's canonical bytes, RFC 9162 leaf hash
 * and re-delivery fingerprint. Ingest prepares the next batch while the previous one is being written.
 */
public record PreparedBatch(List<AccessEvent> events, List<byte[]> canonical, List<byte[]> leafHashes, long[] fingerprints,
        java.time.LocalDate[] days, int[] byPatient, int[] byUser, int[] byFingerprint) {

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
        return ordered(List.copyOf(events), canonical, leaves, fingerprints);
    }

    /** Adds the orders the store writes in: by (bucket, key) for patients and users, by (day, fingerprint). */
    private static PreparedBatch ordered(List<AccessEvent> events, List<byte[]> canonical, List<byte[]> leaves, long[] fingerprints) {
        int n = events.size();
        java.time.LocalDate[] days = new java.time.LocalDate[n];
        for (int i = 0; i < n; i++) {
            days[i] = java.time.LocalDate.ofInstant(events.get(i).occurredAt(), java.time.ZoneOffset.UTC);
        }
        return new PreparedBatch(events, canonical, leaves, fingerprints, days, keyOrder(events, AccessEvent::patientId),
                keyOrder(events, AccessEvent::userId), sorted(n, java.util.Comparator.comparing((Integer i) -> days[i])
                        .thenComparingLong(i -> fingerprints[i])));
    }

    private static int[] keyOrder(List<AccessEvent> events, java.util.function.Function<AccessEvent, String> key) {
        List<Integer> present = new ArrayList<>(events.size());
        int[] buckets = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            String k = key.apply(events.get(i));
            if (k != null) {
                present.add(i);
                buckets[i] = JdbcEventStore.bucket(k);
            }
        }
        present.sort(java.util.Comparator.comparingInt((Integer i) -> buckets[i]).thenComparing(i -> key.apply(events.get(i))));
        return present.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] sorted(int n, java.util.Comparator<Integer> order) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, order);
        return java.util.Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
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
        return ordered(e, c, l, f);
    }
}

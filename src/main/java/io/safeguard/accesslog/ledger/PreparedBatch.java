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

    /**
     * Adds the orders the store writes in: positions grouped by key bucket for patients and users (a counting sort; a
     * bucket is scanned whole on lookup, so no order is needed inside it), and by (day, fingerprint) for the blocks that
     * are binary-searched.
     */
    private static PreparedBatch ordered(List<AccessEvent> events, List<byte[]> canonical, List<byte[]> leaves, long[] fingerprints) {
        int n = events.size();
        java.time.LocalDate[] days = new java.time.LocalDate[n];
        for (int i = 0; i < n; i++) {
            days[i] = java.time.LocalDate.ofInstant(events.get(i).occurredAt(), java.time.ZoneOffset.UTC);
        }
        return new PreparedBatch(events, canonical, leaves, fingerprints, days, byBucket(events, AccessEvent::patientId),
                byBucket(events, AccessEvent::userId), byDayAndFingerprint(days, fingerprints));
    }

    private static int[] byBucket(List<AccessEvent> events, java.util.function.Function<AccessEvent, String> key) {
        int[] bucket = new int[events.size()];
        int[] counts = new int[JdbcEventStore.BUCKETS + 1];
        int present = 0;
        for (int i = 0; i < events.size(); i++) {
            String k = key.apply(events.get(i));
            bucket[i] = k == null ? -1 : JdbcEventStore.bucket(k);
            if (k != null) {
                counts[bucket[i] + 1]++;
                present++;
            }
        }
        for (int b = 1; b <= JdbcEventStore.BUCKETS; b++) {
            counts[b] += counts[b - 1];
        }
        int[] order = new int[present];
        for (int i = 0; i < events.size(); i++) {
            if (bucket[i] >= 0) {
                order[counts[bucket[i]]++] = i;
            }
        }
        return order;
    }

    /** Positions by day, then by fingerprint within the day (a primitive sort per day). */
    private static int[] byDayAndFingerprint(java.time.LocalDate[] days, long[] fingerprints) {
        java.util.Map<java.time.LocalDate, List<Integer>> byDay = new java.util.TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            byDay.computeIfAbsent(days[i], d -> new ArrayList<>()).add(i);
        }
        int[] order = new int[days.length];
        int at = 0;
        for (List<Integer> positions : byDay.values()) {
            long[] packed = new long[positions.size()];
            int[] index = new int[positions.size()];
            for (int k = 0; k < index.length; k++) {
                index[k] = positions.get(k);
                packed[k] = fingerprints[index[k]];
            }
            sortTogether(packed, index, 0, index.length - 1);
            System.arraycopy(index, 0, order, at, index.length);
            at += index.length;
        }
        return order;
    }

    /** Quicksort of keys with their positions carried along. */
    private static void sortTogether(long[] keys, int[] values, int lo, int hi) {
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long k = keys[i];
                    keys[i] = keys[j];
                    keys[j] = k;
                    int v = values[i];
                    values[i] = values[j];
                    values[j] = v;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) { // recurse into the smaller half
                sortTogether(keys, values, lo, j);
                lo = i;
            } else {
                sortTogether(keys, values, i, hi);
                hi = j;
            }
        }
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

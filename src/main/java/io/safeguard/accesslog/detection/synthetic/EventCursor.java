package io.safeguard.accesslog.detection.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Expands sessions into events in time order, one day at a time: the sessions that start on a day become events,
 * those are sorted with what is left of the day before (night shifts run past midnight), and everything before the
 * next midnight is handed out. Memory is one or two days of events at 16 bytes each.
 */
final class EventCursor {
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    private final Sessions sessions;
    private final int[] order;
    private final int[] chunkFirst;
    private final long[] dayStartMillis;
    private final long seed;
    private long[] keys = new long[1 << 16];
    private int[] slotSession = new int[1 << 16];
    private int[] slotOrdinal = new int[1 << 16];
    private int count;
    private int emitted;
    private int emitEnd;
    private int nextChunk;

    long seq = -1;
    /** Milliseconds since the start of the first day. */
    long millis;
    int session;
    int ordinal;

    EventCursor(CarePlan plan, long seed) {
        this.sessions = plan.sessions;
        this.seed = seed;
        int chunks = plan.days + 1;
        chunkFirst = new int[chunks + 1];
        for (int s = 0; s < sessions.size(); s++) {
            chunkFirst[sessions.chunk.get(s) + 1]++;
        }
        for (int c = 0; c < chunks; c++) {
            chunkFirst[c + 1] += chunkFirst[c];
        }
        order = new int[sessions.size()];
        int[] next = Arrays.copyOf(chunkFirst, chunks);
        for (int s = 0; s < sessions.size(); s++) {
            order[next[sessions.chunk.get(s)]++] = s;
        }
        dayStartMillis = new long[chunks + 1];
        for (int c = 0; c <= chunks; c++) {
            dayStartMillis[c] = 1000L * plan.relative(plan.epochSecond(plan.startDay + c, 0));
        }
    }

    boolean next() {
        while (emitted == emitEnd) {
            if (!fill()) {
                return false;
            }
        }
        long key = keys[emitted++];
        int slot = (int) (key & SLOT_MASK);
        millis = key >>> SLOT_BITS;
        session = slotSession[slot];
        ordinal = slotOrdinal[slot];
        seq++;
        return true;
    }

    private boolean fill() {
        if (nextChunk >= chunkFirst.length - 1) {
            if (emitEnd < count) {
                emitEnd = count;
                return true;
            }
            return false;
        }
        keepUnemitted();
        for (int i = chunkFirst[nextChunk]; i < chunkFirst[nextChunk + 1]; i++) {
            expand(order[i]);
        }
        Arrays.sort(keys, 0, count);
        long cutoff = dayStartMillis[nextChunk + 1] << SLOT_BITS;
        int end = Arrays.binarySearch(keys, 0, count, cutoff);
        emitEnd = end >= 0 ? end : -end - 1;
        nextChunk++;
        return true;
    }

    private void expand(int s) {
        int events = sessions.events.get(s);
        int gap = sessions.gapMillis.get(s);
        var random = new SplittableRandom(seed ^ (s * 0x9E3779B97F4A7C15L));
        long t = sessions.start.get(s) * 1000L + random.nextInt(1000);
        for (int j = 0; j < events; j++) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                slotSession = Arrays.copyOf(slotSession, count * 2);
                slotOrdinal = Arrays.copyOf(slotOrdinal, count * 2);
            }
            if (count > SLOT_MASK) {
                throw new IllegalStateException("more than 16 million events start on one day");
            }
            keys[count] = (t << SLOT_BITS) | count;
            slotSession[count] = s;
            slotOrdinal[count] = j;
            count++;
            t += gap / 2 + random.nextInt(gap + 1);
        }
    }

    /** Moves the events not yet handed out to the front, renumbering their slots. */
    private void keepUnemitted() {
        int kept = count - emitted;
        int[] keptSession = new int[kept];
        int[] keptOrdinal = new int[kept];
        for (int i = 0; i < kept; i++) {
            long key = keys[emitted + i];
            int slot = (int) (key & SLOT_MASK);
            keptSession[i] = slotSession[slot];
            keptOrdinal[i] = slotOrdinal[slot];
            keys[i] = (key & ~SLOT_MASK) | i;
        }
        System.arraycopy(keptSession, 0, slotSession, 0, kept);
        System.arraycopy(keptOrdinal, 0, slotOrdinal, 0, kept);
        count = kept;
        emitted = 0;
        emitEnd = 0;
    }
}

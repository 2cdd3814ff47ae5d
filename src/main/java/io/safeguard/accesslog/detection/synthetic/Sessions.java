package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.IntList;
/**
 * Work sessions in columns: a user with one patient's record open for a burst of events. Each belongs to the day
 * (chunk) on whose local date it starts; events are expanded from it on demand.
 */
final class Sessions {
    static final int PLANTED = 1;

    final IntList chunk = new IntList(1 << 14);
    final IntList user = new IntList(1 << 14);
    final IntList patient = new IntList(1 << 14);
    /** Seconds since the start of the first day. */
    final IntList start = new IntList(1 << 14);
    final IntList events = new IntList(1 << 14);
    final IntList gapMillis = new IntList(1 << 14);
    final IntList link = new IntList(1 << 14);
    final IntList flags = new IntList(1 << 14);
    long totalEvents;

    void add(int day, int staff, int p, int startSecond, int count, int gap, int explainingLink, int flag) {
        chunk.add(day);
        user.add(staff);
        patient.add(p);
        start.add(startSecond);
        events.add(count);
        gapMillis.add(gap);
        link.add(explainingLink);
        flags.add(flag);
        totalEvents += count;
    }

    int size() {
        return chunk.size();
    }

    boolean planted(int session) {
        return (flags.get(session) & PLANTED) != 0;
    }

    /**
     * Makes the total exactly {@code target}: drops events from the latest unplanted sessions, or adds events to
     * unplanted sessions round-robin.
     */
    void adjustTo(long target, int[] byTime) {
        for (int i = byTime.length - 1; i >= 0 && totalEvents > target; i--) {
            int s = byTime[i];
            if (planted(s)) {
                continue;
            }
            int drop = (int) Math.min(events.get(s), totalEvents - target);
            events.set(s, events.get(s) - drop);
            totalEvents -= drop;
        }
        while (totalEvents < target) {
            long before = totalEvents;
            for (int i = 0; i < byTime.length && totalEvents < target; i++) {
                int s = byTime[i];
                if (!planted(s) && events.get(s) > 0) {
                    events.set(s, events.get(s) + 1);
                    totalEvents++;
                }
            }
            if (totalEvents == before) {
                throw new IllegalStateException("no unplanted session to add events to");
            }
        }
    }

    /** Session numbers ordered by day, then start time. */
    int[] byTime() {
        Integer[] order = new Integer[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> chunk.get(a) != chunk.get(b) ? Integer.compare(chunk.get(a), chunk.get(b))
                : Integer.compare(start.get(a), start.get(b)));
        int[] result = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }
}

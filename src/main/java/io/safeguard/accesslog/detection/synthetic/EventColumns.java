package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.StoredEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A generated log expanded once into columns (time, session, number in the session: 16 bytes an event), so that a
 * benchmark can time the detections apart from the generation. Replayed events are complete {@link
 * io.safeguard.accesslog.AccessEvent}s (a new patient id string and instant each, as a database reader would make
 * them), except the raw SHA-256, which is a fixed placeholder (the detections do not read it).
 */
public final class EventColumns {
    private final CarePlan plan;
    private final long seed;
    private final long[] millis;
    private final int[] session;
    private final int[] ordinal;

    private EventColumns(CarePlan plan, long seed, int size) {
        this.plan = plan;
        this.seed = seed;
        this.millis = new long[size];
        this.session = new int[size];
        this.ordinal = new int[size];
    }

    static EventColumns of(CarePlan plan, long seed, long events) {
        if (events > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many events to hold in columns: " + events);
        }
        var columns = new EventColumns(plan, seed, (int) events);
        var cursor = new EventCursor(plan, seed);
        for (int i = 0; i < events && cursor.next(); i++) {
            columns.millis[i] = cursor.millis;
            columns.session[i] = cursor.session;
            columns.ordinal[i] = cursor.ordinal;
        }
        return columns;
    }

    public int size() {
        return millis.length;
    }

    public long bytes() {
        return 16L * millis.length;
    }

    public Iterator<StoredEvent> iterator() {
        var rows = new EventRows(plan, seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < millis.length;
            }

            @Override
            public StoredEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new StoredEvent(i, rows.event(i, millis[i], session[i], ordinal[i], false));
            }
        };
    }
}

package io.safeguard.accesslog.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Up to 256 consecutive ledger entries stored together, aligned with the level-0 tile that holds their leaf hashes
 * (the entry bundles of C2SP tlog-tiles). Each entry is its 4-byte length and canonical event bytes, or, once retention
 * cleared it, the marker -2 and the instant (epoch microseconds) it occurred: verification then uses the kept leaf hash
 * and checks that the entry was old enough to expire.
 */
record EntryBundle(List<Entry> entries) {
    static final int WIDTH = 256;
    private static final int CLEARED = -2;

    /** One position: the canonical bytes, or null with the occurrence instant when retention cleared it. */
    record Entry(byte @Nullable [] canonical, Instant occurredAt) {
        boolean cleared() {
            return canonical == null;
        }
    }

    static EntryBundle decode(byte[] bytes) {
        var in = ByteBuffer.wrap(bytes);
        List<Entry> entries = new ArrayList<>(WIDTH);
        while (in.hasRemaining()) {
            int length = in.getInt();
            if (length == CLEARED) {
                long micros = in.getLong();
                entries.add(new Entry(null, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)));
            } else if (length >= 0 && length <= in.remaining()) {
                byte[] canonical = new byte[length];
                in.get(canonical);
                entries.add(new Entry(canonical, Instant.EPOCH));
            } else {
                throw new IllegalArgumentException("a stored entry bundle is damaged (length " + length + ")");
            }
        }
        return new EntryBundle(entries);
    }

    byte[] encode() {
        var out = new ByteArrayOutputStream(entries.size() * 320);
        for (Entry e : entries) {
            if (e.cleared()) {
                writeInt(out, CLEARED);
                long micros = e.occurredAt().getEpochSecond() * 1_000_000L + e.occurredAt().getNano() / 1_000;
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) (micros >>> shift));
                }
            } else {
                writeInt(out, e.canonical().length);
                out.writeBytes(e.canonical());
            }
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}

package io.safeguard.accesslog.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A bucket's (key, seq) pairs: 2-byte key length, UTF-8 key, 8-byte seq, in ledger order; a lookup scans the bucket whole. */
final class KeyBucket {
    private KeyBucket() {}

    /** Bytes one pair of this key takes. */
    static int size(byte[] key) {
        return 2 + key.length + 8;
    }

    static void put(ByteBuffer out, byte[] key, long seq) {
        out.putShort((short) key.length).put(key).putLong(seq);
    }

    /** A copy of the bucket with {@code by} added to every seq (a batch's relative positions made ledger positions). */
    static byte[] shifted(byte[] bytes, long by) {
        byte[] copy = bytes.clone();
        var buffer = ByteBuffer.wrap(copy);
        while (buffer.hasRemaining()) {
            int at = buffer.position() + 2 + (buffer.getShort() & 0xffff);
            buffer.putLong(at, buffer.getLong(at) + by);
            buffer.position(at + 8);
        }
        return copy;
    }

    static void find(byte[] bytes, String key, java.util.function.LongConsumer seqs) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        var in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            int length = in.getShort() & 0xffff;
            boolean match = length == wanted.length && java.util.Arrays.equals(bytes, in.position(), in.position() + length, wanted, 0, length);
            in.position(in.position() + length);
            long seq = in.getLong();
            if (match) {
                seqs.accept(seq);
            }
        }
    }

    static byte[] retain(byte[] bytes, java.util.function.LongPredicate keep) {
        var in = ByteBuffer.wrap(bytes);
        var out = new java.io.ByteArrayOutputStream(bytes.length);
        while (in.hasRemaining()) {
            int start = in.position();
            int length = in.getShort() & 0xffff;
            in.position(in.position() + length);
            long seq = in.getLong();
            if (keep.test(seq)) {
                out.write(bytes, start, 2 + length + 8);
            }
        }
        return out.toByteArray();
    }
}

package io.safeguard.accesslog.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A bucket's (key, seq) pairs: 2-byte key length, UTF-8 key, 8-byte seq, in ledger order; a lookup scans the bucket whole. */
final class KeyBucket {
    private KeyBucket() {}

    static void write(java.io.ByteArrayOutputStream out, String keyText, long seq) {
        byte[] key = keyText.getBytes(StandardCharsets.UTF_8);
        out.write(key.length >>> 8);
        out.write(key.length);
        out.writeBytes(key);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (seq >>> shift));
        }
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

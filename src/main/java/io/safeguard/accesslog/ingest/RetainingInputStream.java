package io.safeguard.accesslog.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through to a streaming parser and keeps the most recent ones, so that the exact bytes of one record
 * (a Bundle entry's resource, from the parser's token offsets) can be cut out afterwards as received. It keeps at most
 * {@code capacity} bytes, dropping the oldest, and never more than since the last {@link #release}. Optionally it
 * refuses to read past {@code totalLimit} bytes.
 */
final class RetainingInputStream extends FilterInputStream {
    private final int capacity;
    private final long totalLimit;
    private byte[] kept = new byte[8192];
    private long keptStart;
    private int keptLength;
    private boolean retaining = true;
    private boolean overLimit;

    RetainingInputStream(InputStream in, int capacity, long totalLimit) {
        super(in);
        this.capacity = capacity;
        this.totalLimit = totalLimit;
    }

    /** Absolute offset of the next byte to be read (the count of bytes read so far). */
    long position() {
        return keptStart + keptLength;
    }

    boolean overLimit() {
        return overLimit;
    }

    /** Bytes before {@code offset} are no longer needed. */
    void release(long offset) {
        long drop = Math.min(offset - keptStart, keptLength);
        if (drop > 0) {
            dropOldest((int) drop);
        }
    }

    void stopRetaining() {
        retaining = false;
        release(position());
    }

    /** The bytes {@code [from, to)}, or {@code null} when they are no longer (or were never) kept. */
    byte @Nullable [] slice(long from, long to) {
        if (from < keptStart || to > position() || from > to) {
            return null;
        }
        int start = (int) (from - keptStart);
        return Arrays.copyOfRange(kept, start, start + (int) (to - from));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position() >= totalLimit) {
            overLimit = true;
            throw new IOException("input longer than the limit");
        }
        int n = super.read(b, off, (int) Math.min(len, totalLimit - position()));
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    private void keep(byte[] b, int off, int n) {
        if (!retaining) {
            keptStart += n;
            return;
        }
        if (keptLength + n > capacity) {
            // Over capacity: whatever record is being kept is too large anyway. Keep the newest half so that the
            // next record, which starts in the parser's read-ahead, can still be cut out.
            dropOldest(Math.min(keptLength, keptLength + n - capacity / 2));
        }
        if (keptLength + n > kept.length) {
            kept = Arrays.copyOf(kept, Math.min(Math.max(kept.length * 2, keptLength + n), Math.max(capacity, keptLength + n)));
        }
        System.arraycopy(b, off, kept, keptLength, n);
        keptLength += n;
    }

    private void dropOldest(int n) {
        System.arraycopy(kept, n, kept, 0, keptLength - n);
        keptLength -= n;
        keptStart += n;
    }
}

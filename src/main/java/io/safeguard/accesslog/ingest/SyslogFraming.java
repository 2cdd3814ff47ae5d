package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a TCP or TLS syslog byte stream into messages (RFC 6587), telling the two framings apart per message: octet
 * counting ({@code MSG-LEN SP SYSLOG-MSG}, RFC 5425/6587 3.4.1), when the frame starts with a digit, or non-transparent
 * framing ending in LF (RFC 6587 3.4.2), when it starts with {@code <}. Line breaks and NULs between frames are
 * skipped. A message over the limit is reported as {@link Oversize} before any of it is buffered; a caller that
 * carries on (a file) has it skipped on the next call, one that does not (the listener) closes the connection.
 *
 * <p>Non-transparent framing cannot carry a line break inside the message, so pretty-printed ATNA XML needs octet
 * counting, as RFC 5425 requires anyway.
 */
public final class SyslogFraming {
    /** One frame: a message, or what was wrong with it; numbered from 1 in stream order. */
    public sealed interface Frame {
        long number();
    }

    public record Message(long number, byte[] bytes) implements Frame {
        @Override
        public String toString() {
            return "Message[number=" + number + ", bytes=" + bytes.length + "]";
        }
    }

    public record Oversize(long number) implements Frame {}

    public record Malformed(long number, String reason) implements Frame {}

    private static final int MAX_LENGTH_DIGITS = 9;
    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    private long count;
    private long pendingSkip;
    private boolean pendingLine;

    public SyslogFraming(InputStream in, int maxMessageBytes) {
        this.in = in;
        this.max = maxMessageBytes;
    }

    /** The next frame, or {@code null} at the end of the stream. */
    public @Nullable Frame next() throws IOException {
        if (!skipPending()) {
            return null;
        }
        int first;
        do {
            first = peek();
        } while (first >= 0 && (first == '\n' || first == '\r' || first == 0) && read() >= 0);
        if (first < 0) {
            return null;
        }
        long number = ++count;
        if (first >= '1' && first <= '9') {
            return octetCounted(number);
        }
        if (first == '<') {
            return lineTerminated(number);
        }
        pendingLine = true;
        return new Malformed(number, "the frame starts with neither a length nor '<'");
    }

    private Frame octetCounted(long number) throws IOException {
        long length = 0;
        for (int digits = 0; ; digits++) {
            int c = read();
            if (c == ' ' && digits > 0) {
                break;
            }
            if (c < 0) {
                return new Malformed(number, "the stream ends inside a frame header");
            }
            if (c < '0' || c > '9' || digits == MAX_LENGTH_DIGITS) {
                pendingLine = true;
                return new Malformed(number, "the frame length is not a number");
            }
            length = length * 10 + (c - '0');
        }
        if (length > max) {
            pendingSkip = length;
            return new Oversize(number);
        }
        byte[] message = new byte[(int) length];
        int filled = 0;
        while (filled < length) {
            if (pos == lim && !fill()) {
                return new Malformed(number, "the stream ends inside a frame (the message is truncated)");
            }
            int n = Math.min(lim - pos, (int) length - filled);
            System.arraycopy(buf, pos, message, filled, n);
            pos += n;
            filled += n;
        }
        return new Message(number, message);
    }

    private Frame lineTerminated(long number) throws IOException {
        byte[] message = new byte[Math.min(max, 4096)];
        int length = 0;
        while (true) {
            if (pos == lim && !fill()) {
                break;
            }
            int end = pos;
            while (end < lim && buf[end] != '\n') {
                end++;
            }
            int n = end - pos;
            if (length + n > max) {
                pos = end;
                pendingLine = true;
                return new Oversize(number);
            }
            if (length + n > message.length) {
                message = Arrays.copyOf(message, Math.min(max, Math.max(message.length * 2, length + n)));
            }
            System.arraycopy(buf, pos, message, length, n);
            length += n;
            pos = end;
            if (end < lim) {
                pos++;
                break;
            }
        }
        if (length > 0 && message[length - 1] == '\r') {
            length--;
        }
        return new Message(number, Arrays.copyOf(message, length));
    }

    /** Drops what is left of an oversize or malformed frame; {@code false} when the stream ends meanwhile. */
    private boolean skipPending() throws IOException {
        while (pendingSkip > 0) {
            if (pos == lim && !fill()) {
                return false;
            }
            int n = (int) Math.min(lim - pos, pendingSkip);
            pos += n;
            pendingSkip -= n;
        }
        while (pendingLine) {
            if (pos == lim && !fill()) {
                return false;
            }
            while (pos < lim && pendingLine) {
                pendingLine = buf[pos++] != '\n';
            }
        }
        return true;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private int read() throws IOException {
        int b = peek();
        if (b >= 0) {
            pos++;
        }
        return b;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        lim = Math.max(n, 0);
        return n > 0;
    }
}

package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input record by record as bytes, within a length limit: a record is a line (LF or CRLF; a missing final
 * newline is fine), or for CSV a line whose quoted fields may hold line breaks (RFC 4180). A record over the limit is
 * not buffered: the rest of it is read and dropped up to the next newline (quotes no longer count then), and it is
 * reported as {@link Status#OVERSIZE}. A leading UTF-8 byte-order mark is skipped; inputs that are plainly not UTF-8
 * text (UTF-16 or UTF-32 byte-order marks, NUL bytes at the start, gzip or ZIP archives) fail at once.
 *
 * <p>The current record is a view ({@link #data()}, {@link #offset()}, {@link #length()}) valid until the next call.
 */
final class RecordReader {
    enum Status { COMPLETE, OVERSIZE, UNTERMINATED_QUOTE }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;
    private static final byte[] NONE = new byte[0];

    private final InputStream in;
    private final int max;
    private final boolean csv;
    private final byte delimiter;
    private final byte[] buf = new byte[64 * 1024];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int pos;
    private int lim;
    private boolean started;
    private byte[] spill = new byte[4096];
    private byte[] data = NONE;
    private int offset;
    private int length;
    private long line = 1;
    private long startLine;
    private Status status = Status.COMPLETE;
    private int state;

    private RecordReader(InputStream in, int max, boolean csv, byte delimiter) {
        this.in = in;
        this.max = max;
        this.csv = csv;
        this.delimiter = delimiter;
    }

    static RecordReader lines(InputStream in, int maxBytes) {
        return new RecordReader(in, maxBytes, false, (byte) 0);
    }

    static RecordReader csv(InputStream in, int maxBytes, char delimiter) {
        return new RecordReader(in, maxBytes, true, (byte) delimiter);
    }

    /** Moves to the next record; {@code false} at the end of the input. */
    boolean next() throws IOException {
        if (!started) {
            start();
        }
        startLine = line;
        state = FIELD_START;
        int spilled = 0;
        while (true) {
            if (pos == lim && !fill()) {
                if (spilled == 0) {
                    return false;
                }
                view(spill, spilled, csv && state == QUOTED ? Status.UNTERMINATED_QUOTE : Status.COMPLETE);
                return true;
            }
            int end = csv ? scanCsv() : scanLine();
            int n = end - pos;
            if (spilled + n > max) {
                boolean newline = end < lim;
                pos = newline ? end + 1 : lim;
                if (newline) {
                    line++;
                } else {
                    discardLine();
                }
                view(NONE, 0, Status.OVERSIZE);
                return true;
            }
            if (end < lim) {
                if (spilled == 0) {
                    data = buf;
                    offset = pos;
                    length = n;
                    status = Status.COMPLETE;
                    trimCr();
                } else {
                    append(spilled, n);
                    view(spill, spilled + n, Status.COMPLETE);
                }
                pos = end + 1;
                line++;
                return true;
            }
            append(spilled, n);
            spilled += n;
            pos = lim;
        }
    }

    byte[] data() {
        return data;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    Status status() {
        return status;
    }

    /** The line on which the current record starts (1 for the first). */
    long startLine() {
        return startLine;
    }

    /** Whether the current record is valid UTF-8 (ASCII-only records are checked without decoding). */
    boolean isUtf8() {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (data[i] < 0) {
                try {
                    utf8.reset().decode(ByteBuffer.wrap(data, offset, length));
                    return true;
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private int scanLine() {
        int i = pos;
        while (i < lim && buf[i] != '\n') {
            i++;
        }
        return i;
    }

    private int scanCsv() {
        int s = state;
        int i = pos;
        for (; i < lim; i++) {
            byte b = buf[i];
            if (s == QUOTED) {
                if (b == '"') {
                    s = QUOTE_SEEN;
                } else if (b == '\n') {
                    line++;
                }
            } else if (b == '\n') {
                break;
            } else if (b == '"') {
                s = s == FIELD_START || s == QUOTE_SEEN ? QUOTED : UNQUOTED;
            } else {
                s = b == delimiter ? FIELD_START : UNQUOTED;
            }
        }
        state = s;
        return i;
    }

    private void discardLine() throws IOException {
        while (pos < lim || fill()) {
            int end = scanLine();
            if (end < lim) {
                pos = end + 1;
                line++;
                return;
            }
            pos = lim;
        }
    }

    private void append(int spilled, int n) {
        if (spilled + n > spill.length) {
            spill = java.util.Arrays.copyOf(spill, Math.min(Math.max(spill.length * 2, spilled + n), max));
        }
        System.arraycopy(buf, pos, spill, spilled, n);
    }

    private void view(byte[] bytes, int n, Status s) {
        data = bytes;
        offset = 0;
        length = n;
        status = s;
        trimCr();
    }

    private void trimCr() {
        if (length > 0 && data[offset + length - 1] == '\r') {
            length--;
        }
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

    private void start() throws IOException {
        started = true;
        int n = 0;
        while (n < 4) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        lim = n;
        pos = 0;
        sniff();
    }

    private void sniff() throws IngestFailure {
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            pos = 3;
        } else if (startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF) || startsWith(0x00, 0x00, 0xFE, 0xFF)) {
            throw new IngestFailure("the input is UTF-16 or UTF-32 text; send UTF-8");
        } else if (startsWith(0x1F, 0x8B)) {
            throw new IngestFailure("the input is gzip-compressed; decompress it first");
        } else if (startsWith(0x50, 0x4B, 0x03, 0x04)) {
            throw new IngestFailure("the input is a ZIP archive; extract the file first");
        } else if ((lim > 0 && buf[0] == 0) || (lim > 1 && buf[1] == 0)) {
            throw new IngestFailure("the input is not UTF-8 text (it starts with NUL bytes: UTF-16 or binary data)");
        }
    }

    private boolean startsWith(int... bytes) {
        if (lim < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((buf[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}

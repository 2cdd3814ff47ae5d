package io.safeguard.accesslog.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Splits one CSV record (RFC 4180, any one-byte delimiter) into fields, by offsets into the record's bytes, without
 * copying: a field is unquoted text up to the delimiter, or a quoted field whose doubled quotes stand for one. A
 * quote inside an unquoted field is kept as text. Only the fields a mapping reads are decoded ({@link #text(int)}).
 */
final class CsvFields {
    /** Returned by {@link #split} when a quoted field has text after its closing quote. */
    static final int MALFORMED = -1;
    /** Returned by {@link #split} when the record has more fields than allowed. */
    static final int TOO_MANY = -2;

    private final byte delimiter;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] escaped;
    private byte[] data = new byte[0];
    private int count;

    CsvFields(char delimiter, int maxFields) {
        this.delimiter = (byte) delimiter;
        this.starts = new int[maxFields];
        this.ends = new int[maxFields];
        this.escaped = new boolean[maxFields];
    }

    /** Splits {@code bytes[offset, offset + length)}; returns the field count, {@link #MALFORMED} or {@link #TOO_MANY}. */
    int split(byte[] bytes, int offset, int length) {
        data = bytes;
        count = 0;
        int end = offset + length;
        int i = offset;
        while (true) {
            if (count == starts.length) {
                return TOO_MANY;
            }
            if (i < end && bytes[i] == '"') {
                int j = i + 1;
                boolean doubled = false;
                while (true) {
                    if (j >= end) {
                        return MALFORMED;
                    }
                    if (bytes[j] == '"') {
                        if (j + 1 < end && bytes[j + 1] == '"') {
                            doubled = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                add(i + 1, j, doubled);
                i = j + 1;
                if (i == end) {
                    return count;
                }
                if (bytes[i] != delimiter) {
                    return MALFORMED;
                }
                i++;
            } else {
                int s = i;
                while (i < end && bytes[i] != delimiter) {
                    i++;
                }
                add(s, i, false);
                if (i == end) {
                    return count;
                }
                i++;
            }
        }
    }

    /** Field {@code index} as text with surrounding white space removed (the record must be valid UTF-8). */
    String text(int index) {
        String s = new String(data, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
        return (escaped[index] ? s.replace("\"\"", "\"") : s).strip();
    }

    private void add(int start, int end, boolean doubled) {
        starts[count] = start;
        ends[count] = end;
        escaped[count] = doubled;
        count++;
    }
}

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
        int start = starts[index];
        int length = ends[index] - start;
        if (escaped[index] || length > TextCache.LONGEST || index >= cache.length) {
            String s = new String(data, start, length, StandardCharsets.UTF_8);
            return (escaped[index] ? s.replace("\"\"", "\"") : s).strip();
        }
        if (cache[index] == null) {
            cache[index] = new TextCache();
        }
        return cache[index].text(data, start, length);
    }

    /**
     * The recent short texts of one column: roles, departments, facilities and codes repeat from record to record, and
     * a repeated value is returned without decoding it again. A column whose values rarely repeat stops being cached.
     */
    private static final class TextCache {
        static final int LONGEST = 32;
        private static final int SLOTS = 16;
        private final byte[][] bytes = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];
        private int lookups;
        private int misses;

        String text(byte[] data, int start, int length) {
            if (misses > 512 && misses * 2 > lookups) { // mostly distinct values (ids): not worth keeping
                return new String(data, start, length, StandardCharsets.UTF_8).strip();
            }
            lookups++;
            int hash = length;
            for (int i = start; i < start + length; i++) {
                hash = 31 * hash + data[i];
            }
            int slot = (hash ^ hash >>> 7) & (SLOTS - 1);
            byte[] known = bytes[slot];
            if (known != null && java.util.Arrays.equals(known, 0, known.length, data, start, start + length)) {
                return texts[slot];
            }
            misses++;
            String text = new String(data, start, length, StandardCharsets.UTF_8).strip();
            bytes[slot] = java.util.Arrays.copyOfRange(data, start, start + length);
            texts[slot] = text;
            return text;
        }
    }

    private final TextCache[] cache = new TextCache[64];

    private void add(int start, int end, boolean doubled) {
        starts[count] = start;
        ends[count] = end;
        escaped[count] = doubled;
        count++;
    }
}

package io.safeguard.shared.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streaming RFC 4180 reader: UTF-8 with or without a byte-order mark, comma, semicolon or tab separated (chosen from
 * the header line), quoted fields with doubled quotes and line breaks inside, CRLF or LF. Hostile input is refused
 * with a line number instead of exhausting memory: a record longer than {@code maxRecordChars}, more than
 * {@code maxFields} fields, invalid UTF-8, or an unterminated quote.
 */
public final class CsvReader implements Closeable {
    public static final int DEFAULT_MAX_RECORD_CHARS = 64 * 1024;
    public static final int DEFAULT_MAX_FIELDS = 512;
    private final PushbackReader in;
    private final int maxRecordChars;
    private final int maxFields;
    private char separator;
    private long line = 1;
    private long recordLine;

    private CsvReader(Reader reader, int maxRecordChars, int maxFields) {
        this.in = new PushbackReader(reader, 2);
        this.maxRecordChars = maxRecordChars;
        this.maxFields = maxFields;
    }

    public static CsvReader open(InputStream input) {
        return open(input, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_FIELDS);
    }

    public static CsvReader open(InputStream input, int maxRecordChars, int maxFields) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new InputStreamReader(input, decoder), maxRecordChars, maxFields);
    }

    /** The line on which the record last returned by {@link #next()} starts (1 = the header). */
    public long recordLine() {
        return recordLine;
    }

    /** Reads the header; its separator (comma, semicolon or tab) is used for the rest of the file. */
    public List<String> header() throws IOException {
        int first = read();
        if (first != '\uFEFF' && first != -1) {
            in.unread(first);
        }
        separator = ',';
        var probe = new StringBuilder();
        // Look ahead on the first line only to pick the separator, then parse it as a record.
        List<String> header = nextWithSeparatorGuess(probe);
        if (header == null || header.stream().allMatch(String::isBlank)) {
            throw new CsvFormatException(1, "the file is empty or has no header line");
        }
        return header;
    }

    private @Nullable List<String> nextWithSeparatorGuess(StringBuilder ignored) throws IOException {
        // Read the raw first line (headers rarely contain quotes with line breaks), count candidate separators.
        var raw = new StringBuilder();
        int c;
        while ((c = read()) != -1 && c != '\n') {
            raw.append((char) c);
            if (raw.length() > maxRecordChars) {
                throw new CsvFormatException(1, "the header line is longer than " + maxRecordChars + " characters");
            }
        }
        if (raw.isEmpty() && c == -1) {
            return null;
        }
        String text = raw.toString().endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw.toString();
        separator = pickSeparator(text);
        recordLine = 1;
        line = 2;
        return split(text, 1);
    }

    private static char pickSeparator(String header) {
        long commas = header.chars().filter(ch -> ch == ',').count();
        long semicolons = header.chars().filter(ch -> ch == ';').count();
        long tabs = header.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<String> split(String text, long atLine) throws IOException {
        var reader = new CsvReader(new java.io.StringReader(text + "\n"), maxRecordChars, maxFields);
        reader.separator = separator;
        reader.line = atLine;
        List<String> fields = reader.next();
        return fields == null ? List.of() : fields;
    }

    /** The next record, or {@code null} at the end of the input. Blank lines are skipped. */
    public @Nullable List<String> next() throws IOException {
        while (true) {
            List<String> record = readRecord();
            if (record == null) {
                return null;
            }
            if (!(record.size() == 1 && record.getFirst().isEmpty())) {
                return record;
            }
        }
    }

    private @Nullable List<String> readRecord() throws IOException {
        recordLine = line;
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        int length = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        int c = read();
        if (c == -1) {
            return null;
        }
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new CsvFormatException(recordLine, "a quoted field is not closed before the end of the file");
                }
                fields.add(field.toString());
                return fields;
            }
            if (++length > maxRecordChars) {
                throw new CsvFormatException(recordLine, "the record is longer than " + maxRecordChars + " characters");
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == separator) {
                addField(fields, field);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int after = read();
                    if (after != '\n' && after != -1) {
                        in.unread(after);
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            c = read();
        }
    }

    private void addField(List<String> fields, StringBuilder field) throws CsvFormatException {
        if (fields.size() + 1 >= maxFields) {
            throw new CsvFormatException(recordLine, "the record has more than " + maxFields + " fields");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private int read() throws IOException {
        try {
            return in.read();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(line, "the file is not valid UTF-8 text (save it as CSV UTF-8)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input is not a CSV file this reader accepts; the message names the line and never quotes its content. */
    public static final class CsvFormatException extends IOException {
        private final long line;

        public CsvFormatException(long line, String reason) {
            super("line " + line + ": " + reason);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}

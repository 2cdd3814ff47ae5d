package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Delimited access-log extracts (CSV, TSV, PSV or any one-byte delimiter): UTF-8, a header row, RFC 4180 quoting, one
 * event per record under a {@link CsvMapping}. Column names match without regard to case. A header without a
 * required column fails the whole input; a record with the wrong number of fields, a bad value or over {@link
 * IngestLimits#MAX_LINE_BYTES} is rejected with its line number. Values that look like spreadsheet formulas ({@code
 * =}, {@code +}, {@code -}, {@code @}) are ordinary data here: they are kept as they are and never evaluated.
 *
 * <p>The raw SHA-256 covers the record's bytes without its line terminator.
 */
public final class CsvEventParser implements EventParser {
    private final CsvMapping mapping;
    private final char delimiter;
    private final ParserOptions options;

    /** @throws IllegalArgumentException when the mapping reads local times and the options give no time zone */
    public CsvEventParser(CsvMapping mapping, char delimiter, ParserOptions options) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter > 0x7F) {
            throw new IllegalArgumentException("the delimiter must be one ASCII character other than a quote or line break");
        }
        this.mapping = mapping;
        this.delimiter = delimiter;
        this.options = options;
        new EventAssembler(mapping, options); // a mapping that needs the source's zone fails here, not on first use
    }

    @Override
    public IngestSummary parse(InputStream input, RecordSink sink) throws IOException {
        var reader = RecordReader.csv(input, IngestLimits.MAX_LINE_BYTES, delimiter);
        var fields = new CsvFields(delimiter, IngestLimits.MAX_FIELDS);
        var assembler = new EventAssembler(mapping, options);
        var tally = new Tally(sink);
        var sha = new Sha256();
        Header header = header(reader, fields);
        while (reader.next()) {
            long line = reader.startLine();
            switch (reader.status()) {
                case OVERSIZE -> tally.reject(line, "the record is longer than " + IngestLimits.MAX_LINE_BYTES + " bytes");
                case UNTERMINATED_QUOTE -> tally.reject(line, "the record ends inside a quoted field");
                case COMPLETE -> {
                    if (reader.length() > 0) {
                        record(reader, fields, header, assembler, sha, tally);
                    }
                }
            }
        }
        return tally.summary();
    }

    private static void record(RecordReader reader, CsvFields fields, Header header, EventAssembler assembler, Sha256 sha,
            Tally tally) {
        long line = reader.startLine();
        if (!reader.isUtf8()) {
            tally.reject(line, "the record is not valid UTF-8");
            return;
        }
        int count = fields.split(reader.data(), reader.offset(), reader.length());
        if (count == CsvFields.MALFORMED) {
            tally.reject(line, "a quoted field has text after its closing quote");
            return;
        }
        if (count == CsvFields.TOO_MANY || count != header.width()) {
            tally.reject(line, "the record has " + (count < 0 ? "more than " + IngestLimits.MAX_FIELDS : count)
                    + " fields and the header has " + header.width());
            return;
        }
        var values = new String[CanonicalField.COUNT];
        for (int f = 0; f < values.length; f++) {
            int column = header.columns()[f];
            if (column >= 0) {
                values[f] = fields.text(column);
            }
        }
        try {
            AccessEvent event = assembler.assemble(values, header.labels(),
                    sha.hex(reader.data(), reader.offset(), reader.length()));
            tally.accept(event);
        } catch (RecordRejected e) {
            tally.reject(line, e.reason());
        }
    }

    /** The header's width, the column index of each canonical field (-1: not mapped or absent) and its name there. */
    private record Header(int width, int[] columns, String[] labels) {}

    private Header header(RecordReader reader, CsvFields fields) throws IOException {
        do {
            if (!reader.next()) {
                throw new IngestFailure("the input is empty: no header line");
            }
        } while (reader.status() == RecordReader.Status.COMPLETE && reader.length() == 0);
        if (reader.status() != RecordReader.Status.COMPLETE) {
            throw new IngestFailure("the header line is longer than " + IngestLimits.MAX_LINE_BYTES + " bytes or unterminated");
        }
        if (!reader.isUtf8()) {
            throw new IngestFailure("the header line is not valid UTF-8; send UTF-8 text");
        }
        int width = fields.split(reader.data(), reader.offset(), reader.length());
        if (width < 0) {
            throw new IngestFailure("the header line is not valid " + (width == CsvFields.TOO_MANY
                    ? "(more than " + IngestLimits.MAX_FIELDS + " columns)" : "CSV (text after a closing quote)"));
        }
        Map<String, Integer> byName = new HashMap<>();
        Set<String> twice = new HashSet<>();
        var names = new String[width];
        for (int i = 0; i < width; i++) {
            names[i] = fields.text(i);
            if (byName.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i) != null) {
                twice.add(names[i].toLowerCase(Locale.ROOT));
            }
        }
        var columns = new int[CanonicalField.COUNT];
        var labels = new String[CanonicalField.COUNT];
        for (CanonicalField field : CanonicalField.values()) {
            List<String> candidates = mapping.columns().getOrDefault(field, List.of());
            int f = field.ordinal();
            columns[f] = -1;
            labels[f] = candidates.isEmpty() ? field.key() : candidates.getFirst();
            for (String candidate : candidates) {
                Integer index = byName.get(candidate.toLowerCase(Locale.ROOT));
                if (twice.contains(candidate.toLowerCase(Locale.ROOT))) {
                    throw new IngestFailure("the header names the column " + candidate + " more than once");
                }
                if (index != null) {
                    columns[f] = index;
                    labels[f] = names[index];
                    break;
                }
            }
            boolean required = field == CanonicalField.USER_ID || field == CanonicalField.OCCURRED_AT;
            if (required && columns[f] < 0) {
                throw new IngestFailure("the header has no column " + String.join(" or ", candidates) + " (" + field.key()
                        + ", required by mapping " + mapping.name() + ")");
            }
        }
        return new Header(width, columns, labels);
    }
}

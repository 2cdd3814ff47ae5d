package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON lines: one JSON object per line (UTF-8, at most {@link IngestLimits#MAX_LINE_BYTES}), with the generic
 * field names in camelCase or snake_case ({@code user_id} or {@code userId}, {@code ip} or {@code networkAddress}, see
 * {@link CanonicalField}) and the generic mapping's rules for times, actions and outcomes. Unknown members are
 * ignored; a member given twice, a known member that is an object or array, a line that is not one JSON object, or a
 * bad value rejects the line. Blank lines are skipped. The raw SHA-256 covers the line without its terminator.
 */
public final class JsonLinesEventParser implements EventParser {
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(IngestLimits.MAX_RESOURCE_BYTES)
                    .maxNameLength(1024)
                    .maxNumberLength(100)
                    .build())
            .build();
    private static final String[] LABELS = labels();

    private final CsvMapping rules;
    private final ParserOptions options;

    /** Times, actions and outcomes follow {@code options.mapping()} if given, else the generic mapping. */
    public JsonLinesEventParser(ParserOptions options) {
        this.rules = options.mappingOrGeneric();
        this.options = options;
        new EventAssembler(rules, options); // a mapping that needs the source's zone fails here, not on first use
    }

    @Override
    public IngestSummary parse(InputStream input, RecordSink sink) throws IOException {
        var reader = RecordReader.lines(input, IngestLimits.MAX_LINE_BYTES);
        var assembler = new EventAssembler(rules, options);
        var tally = new Tally(sink);
        var sha = new Sha256();
        while (reader.next()) {
            long line = reader.startLine();
            if (reader.status() == RecordReader.Status.OVERSIZE) {
                tally.reject(line, "the line is longer than " + IngestLimits.MAX_LINE_BYTES + " bytes");
            } else if (!blank(reader)) {
                if (!reader.isUtf8()) {
                    tally.reject(line, "the line is not valid UTF-8");
                    continue;
                }
                try {
                    var values = values(reader);
                    AccessEvent event = assembler.assemble(values, LABELS, sha.hex(reader.data(), reader.offset(), reader.length()));
                    tally.accept(event);
                } catch (RecordRejected e) {
                    tally.reject(line, e.reason());
                }
            }
        }
        return tally.summary();
    }

    private static String[] values(RecordReader reader) throws RecordRejected {
        var values = new String[CanonicalField.COUNT];
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), reader.data(), reader.offset(), reader.length())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RecordRejected("the line is not a JSON object");
            }
            var seen = new boolean[CanonicalField.COUNT];
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                CanonicalField field = CanonicalField.byJsonName(name);
                if (field == null) {
                    p.skipChildren();
                    continue;
                }
                if (seen[field.ordinal()]) {
                    throw new RecordRejected(field.genericColumn() + " is given more than once");
                }
                seen[field.ordinal()] = true;
                if (token.isStructStart()) {
                    throw new RecordRejected(field.genericColumn() + " is an object or array, not a text, number or boolean");
                }
                if (token != JsonToken.VALUE_NULL) {
                    values[field.ordinal()] = p.getString().strip();
                }
            }
            if (p.nextToken() != null) {
                throw new RecordRejected("the line has more after the JSON object");
            }
        } catch (JacksonException e) {
            throw new RecordRejected("the line is not valid JSON");
        }
        return values;
    }

    private static boolean blank(RecordReader reader) {
        byte[] d = reader.data();
        for (int i = reader.offset(); i < reader.offset() + reader.length(); i++) {
            if (d[i] != ' ' && d[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String[] labels() {
        var labels = new String[CanonicalField.COUNT];
        for (CanonicalField f : CanonicalField.values()) {
            labels[f.ordinal()] = f.genericColumn();
        }
        return labels;
    }
}

package io.safeguard.accesslog.ingest;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.List;

/** The parser for a format name: {@code csv}, {@code tsv}, {@code psv}, {@code jsonl}. */
public final class EventParsers {
    public static final List<String> FORMATS = List.of("csv", "tsv", "psv", "jsonl");

    private EventParsers() {}

    public static EventParser create(String format, ParserOptions options) {
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> new CsvEventParser(options.mappingOrGeneric(), ',', options);
            case "tsv" -> new CsvEventParser(options.mappingOrGeneric(), '\t', options);
            case "psv" -> new CsvEventParser(options.mappingOrGeneric(), '|', options);
            case "jsonl" -> new JsonLinesEventParser(options);
            default -> throw new BusinessRuleViolation("accesslog.format", "Unknown format " + format + "; use one of " + FORMATS + ".");
        };
    }
}

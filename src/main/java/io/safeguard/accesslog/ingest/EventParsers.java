package io.safeguard.accesslog.ingest;

/** Makes the parser for a format. */
public final class EventParsers {
    private EventParsers() {}

    /**
     * The parser for {@code format}; delimited formats use {@code options.mapping()}, or the generic mapping.
     *
     * @throws IllegalArgumentException when the mapping needs the source's time zone and the options give none
     */
    public static EventParser create(Format format, ParserOptions options) {
        return switch (format) {
            case CSV, TSV, PSV -> new CsvEventParser(options.mappingOrGeneric(), format.delimiter(), options);
            case JSONL -> new JsonLinesEventParser(options);
            case FHIR -> FhirAuditEventParser.resources(options);
            case FHIR_NDJSON -> FhirAuditEventParser.ndjson(options);
            case SYSLOG -> new SyslogEventParser(options);
        };
    }

    /** The parser for the format named {@code formatName} (csv, tsv, psv, jsonl, fhir, fhir-ndjson, syslog). */
    public static EventParser create(String formatName, ParserOptions options) throws IngestFailure {
        return create(Format.named(formatName), options);
    }
}

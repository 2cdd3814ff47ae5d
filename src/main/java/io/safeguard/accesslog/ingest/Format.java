package io.safeguard.accesslog.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats an access-log source can send, by the names used in configuration and on the command line. */
public enum Format {
    /** Comma-separated values with a header row, under a {@link CsvMapping}. */
    CSV("csv"),
    /** Tab-separated values, as CSV. */
    TSV("tsv"),
    /** Pipe-separated values, as CSV (the usual Epic Clarity extract). */
    PSV("psv"),
    /** One JSON object per line with the generic field names. */
    JSONL("jsonl"),
    /** A FHIR R4 AuditEvent or a Bundle of them, JSON or XML. */
    FHIR("fhir"),
    /** FHIR R4 AuditEvents, one JSON resource per line. */
    FHIR_NDJSON("fhir-ndjson"),
    /** ATNA audit messages in RFC 5424 syslog, framed per RFC 6587. */
    SYSLOG("syslog");

    private final String formatName;

    Format(String formatName) {
        this.formatName = formatName;
    }

    public String formatName() {
        return formatName;
    }

    /** The format with this name (without regard to case). */
    public static Format named(String name) throws IngestFailure {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IngestFailure("unknown access-log format '" + name + "'; known: "
                        + Arrays.stream(values()).map(Format::formatName).collect(Collectors.joining(", "))));
    }

    /** The delimiter of a delimited format. */
    char delimiter() {
        return switch (this) {
            case CSV -> ',';
            case TSV -> '\t';
            case PSV -> '|';
            case JSONL, FHIR, FHIR_NDJSON, SYSLOG -> throw new IllegalStateException(formatName + " is not delimited text");
        };
    }
}

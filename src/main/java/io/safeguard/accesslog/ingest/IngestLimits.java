package io.safeguard.accesslog.ingest;

/**
 * Hard limits that keep a hostile or broken input from exhausting memory. A record over a limit is rejected (and, for
 * line formats, skipped to the next newline without being buffered); the rest of the input is still read.
 */
public final class IngestLimits {
    /** A CSV/TSV/PSV record (quoted line breaks included) or a JSON line. */
    public static final int MAX_LINE_BYTES = 64 * 1024;
    /** Fields in one CSV record or header. */
    public static final int MAX_FIELDS = 256;
    /** One FHIR resource: a whole JSON or XML document, a Bundle entry's resource or an NDJSON line. */
    public static final int MAX_RESOURCE_BYTES = 1024 * 1024;
    /**
     * A whole FHIR XML document. XML Bundles are streamed entry by entry, but a single text node or attribute is held
     * whole by the XML reader, so the document is capped. JSON and NDJSON have no total cap.
     */
    public static final long MAX_XML_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** One syslog message (RFC 5424 SYSLOG-MSG). ATNA (ITI-20) requires receivers to take at least 32,768 octets. */
    public static final int MAX_SYSLOG_MESSAGE_BYTES = 64 * 1024;

    private IngestLimits() {}
}

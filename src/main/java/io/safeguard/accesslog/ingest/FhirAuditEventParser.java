package io.safeguard.accesslog.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * FHIR R4 AuditEvents, parsed with HAPI FHIR and mapped by {@link AuditEventMapping}. Two shapes of input:
 *
 * <ul>
 *   <li>{@link #resources}: one resource or a Bundle of them, JSON or XML (told apart by the first character). JSON is
 *       streamed entry by entry and each resource's SHA-256 covers its bytes as received; XML is streamed with a
 *       hardened reader that refuses any DOCTYPE (see {@link FhirXmlStream} for its hash and size cap).
 *   <li>{@link #ndjson}: one JSON resource per line (bulk-data export), each line at most {@link
 *       IngestLimits#MAX_RESOURCE_BYTES}; the SHA-256 covers the line.
 * </ul>
 *
 * A resource that is not an AuditEvent, that HAPI cannot parse (an unknown code such as an action "X" counts), or
 * that lacks the requestor is rejected with its number (entry or line). The event id is the resource's id, else the
 * SHA-256. The source system is the configured one, else {@code source.observer}, else {@code fhir}.
 */
public final class FhirAuditEventParser implements EventParser {
    private static final int UTF_16 = 0x10000;
    private final boolean ndjson;
    private final AuditEventMapping mapping;

    private FhirAuditEventParser(boolean ndjson, ParserOptions options) {
        this.ndjson = ndjson;
        this.mapping = new AuditEventMapping(options.sourceSystem());
    }

    /** A single AuditEvent or a Bundle of them, JSON or XML. */
    public static FhirAuditEventParser resources(ParserOptions options) {
        return new FhirAuditEventParser(false, options);
    }

    /** NDJSON: one AuditEvent per line. */
    public static FhirAuditEventParser ndjson(ParserOptions options) {
        return new FhirAuditEventParser(true, options);
    }

    /** HAPI's context is expensive to build (it scans the model classes), so there is one for the application. */
    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4Cached();
    }

    @Override
    public IngestSummary parse(InputStream input, RecordSink sink) throws IOException {
        var tally = new Tally(sink);
        var handler = new Handler(tally);
        if (ndjson) {
            lines(input, handler, tally);
        } else {
            var in = new PushbackInputStream(input, 8192);
            switch (firstCharacter(in)) {
                case '{' -> FhirJsonStream.read(in, handler);
                case '<', UTF_16 -> FhirXmlStream.read(in, handler); // the XML reader decodes by BOM and declaration
                default -> throw new IngestFailure("the input is neither FHIR JSON nor FHIR XML");
            }
        }
        return tally.summary();
    }

    private static void lines(InputStream input, Handler handler, Tally tally) throws IOException {
        var reader = RecordReader.lines(input, IngestLimits.MAX_RESOURCE_BYTES);
        while (reader.next()) {
            long line = reader.startLine();
            if (reader.status() == RecordReader.Status.OVERSIZE) {
                tally.reject(line, "the line is longer than " + IngestLimits.MAX_RESOURCE_BYTES + " bytes");
            } else if (reader.length() > 0) {
                if (!reader.isUtf8()) {
                    tally.reject(line, "the line is not valid UTF-8");
                    continue;
                }
                byte[] raw = java.util.Arrays.copyOfRange(reader.data(), reader.offset(), reader.offset() + reader.length());
                handler.resource(line, new String(raw, StandardCharsets.UTF_8), raw, false);
            }
        }
    }

    /**
     * Peeks at the first character that is not white space or a UTF-8 byte-order mark ({@link #UTF_16} for a UTF-16
     * byte-order mark), and puts everything back.
     */
    private static int firstCharacter(PushbackInputStream in) throws IOException {
        byte[] head = new byte[8192];
        int n = 0;
        int found = -1;
        while (n < head.length && found < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head[n++] = (byte) b;
            if (n == 2 && ((head[0] & 0xFF) == 0xFE && b == 0xFF || (head[0] & 0xFF) == 0xFF && b == 0xFE)) {
                found = UTF_16;
                break;
            }
            boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n' || (n <= 3 && (b == 0xEF || b == 0xBB || b == 0xBF))
                    || (n == 1 && (b == 0xFE || b == 0xFF));
            if (!skippable) {
                found = b;
            }
        }
        in.unread(head, 0, n);
        return found;
    }

    /** Parses each cut-out resource with HAPI and maps it; one per parse call (HAPI parsers are not thread-safe). */
    private final class Handler implements FhirResources {
        private final Tally tally;
        private final Sha256 sha = new Sha256();
        private final IParser json = configure(Context.R4.newJsonParser());
        private final IParser xml = configure(Context.R4.newXmlParser());

        Handler(Tally tally) {
            this.tally = tally;
        }

        private static IParser configure(IParser parser) {
            // Unknown elements are tolerated (newer profiles add some), invalid values are not; nothing is logged,
            // since HAPI's messages can quote values.
            return parser.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(true));
        }

        @Override
        public void resource(long number, String text, byte[] raw, boolean isXml) {
            IBaseResource parsed;
            try {
                parsed = (isXml ? xml : json).parseResource(text);
            } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
                tally.reject(number, "the resource is not valid FHIR R4 " + (isXml ? "XML" : "JSON") + hapiCode(e));
                return;
            }
            if (!(parsed instanceof AuditEvent auditEvent)) {
                tally.reject(number, "the resource is of type " + Context.R4.getResourceType(parsed) + ", not AuditEvent");
                return;
            }
            try {
                tally.accept(mapping.map(auditEvent, sha.hex(raw)));
            } catch (RecordRejected e) {
                tally.reject(number, e.reason());
            }
        }

        @Override
        public void reject(long number, String reason) {
            tally.reject(number, reason);
        }

        /** HAPI's message code ("HAPI-1821"), which names the problem without quoting the input. */
        private static String hapiCode(Exception e) {
            String message = e.getMessage();
            if (message != null && message.startsWith("HAPI-")) {
                int end = message.indexOf(':');
                if (end > 5 && end < 12) {
                    return " (" + message.substring(0, end) + ")";
                }
            }
            return "";
        }
    }
}

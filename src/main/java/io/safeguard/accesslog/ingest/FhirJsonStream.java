package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Walks a FHIR JSON document with a streaming parser: a single resource is cut out whole (at most {@link
 * IngestLimits#MAX_RESOURCE_BYTES}); a Bundle is read entry by entry, each {@code entry.resource} cut out as the exact
 * bytes received, so a Bundle of any length is read in bounded memory. The rest of each entry ({@code fullUrl},
 * {@code request}, ...) is skipped. Once the JSON itself is broken nothing after it can be trusted, so that fails the
 * input.
 */
final class FhirJsonStream {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100)
                    .maxStringLength(IngestLimits.MAX_RESOURCE_BYTES)
                    .maxNameLength(1024)
                    .build())
            .build();
    /** Room beyond one resource for the parser's read-ahead. */
    private static final int READ_AHEAD = 64 * 1024;

    private final RetainingInputStream in;
    private final FhirResources out;
    private long entries;

    private FhirJsonStream(InputStream input, FhirResources out) {
        this.in = new RetainingInputStream(input, IngestLimits.MAX_RESOURCE_BYTES + READ_AHEAD, Long.MAX_VALUE);
        this.out = out;
    }

    static void read(InputStream input, FhirResources out) throws IOException {
        new FhirJsonStream(input, out).read();
    }

    private void read() throws IOException {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IngestFailure("FHIR JSON input must be one resource (a JSON object); send one resource per line as fhir-ndjson");
            }
            long start = p.currentTokenLocation().getByteOffset();
            in.release(start);
            String type = null;
            boolean bundle = false;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                if (name.equals("resourceType") && value == JsonToken.VALUE_STRING) {
                    type = p.getString();
                } else if (name.equals("entry") && value == JsonToken.START_ARRAY && (type == null || type.equals("Bundle"))) {
                    bundle = true;
                    entries(p);
                } else {
                    p.skipChildren();
                }
            }
            if (bundle && !"Bundle".equals(type)) {
                throw new IngestFailure("the document has an entry list but is not a Bundle");
            }
            if (!bundle && !"Bundle".equals(type)) {
                byte[] raw = in.slice(start, p.currentLocation().getByteOffset());
                if (raw == null || raw.length > IngestLimits.MAX_RESOURCE_BYTES) {
                    out.reject(1, "the resource is longer than " + IngestLimits.MAX_RESOURCE_BYTES + " bytes");
                } else {
                    out.resource(1, new String(raw, StandardCharsets.UTF_8), raw, false);
                }
            }
            if (p.nextToken() != null) {
                throw new IngestFailure("there is more after the first FHIR resource; send one resource per line as fhir-ndjson");
            }
        } catch (JacksonException e) {
            throw new IngestFailure("the input is not valid JSON" + (entries > 0 ? " (in or after Bundle entry " + entries + ")" : ""));
        }
    }

    private void entries(JsonParser p) {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            long n = ++entries;
            in.release(p.currentTokenLocation().getByteOffset());
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                out.reject(n, "the Bundle entry is not a JSON object");
                continue;
            }
            boolean found = false;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                if (!found && name.equals("resource") && value == JsonToken.START_OBJECT) {
                    found = true;
                    long start = p.currentTokenLocation().getByteOffset();
                    in.release(start);
                    p.skipChildren();
                    byte[] raw = in.slice(start, p.currentLocation().getByteOffset());
                    if (raw == null || raw.length > IngestLimits.MAX_RESOURCE_BYTES) {
                        out.reject(n, "the entry's resource is longer than " + IngestLimits.MAX_RESOURCE_BYTES + " bytes");
                    } else {
                        out.resource(n, new String(raw, StandardCharsets.UTF_8), raw, false);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                out.reject(n, "the Bundle entry has no resource");
            }
        }
    }
}

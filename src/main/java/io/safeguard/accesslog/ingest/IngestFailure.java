package io.safeguard.accesslog.ingest;

import java.io.IOException;

/**
 * The input as a whole cannot be read (not UTF-8 text, a compressed file, an unknown format, a header without a
 * required column, XML with a document type declaration, a Bundle that stops being JSON). Records before the failure
 * may already have been delivered. The message never quotes input content.
 */
public final class IngestFailure extends IOException {
    public IngestFailure(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}

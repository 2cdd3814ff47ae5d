package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input to its end and pushes every record to the sink as it is read; never holds the whole input. A bad
 * record becomes a {@link Rejection} and the parse goes on. Parsers keep no state between calls and may be shared,
 * but one call must not run concurrently with the same sink unless the sink allows it.
 *
 * @throws IngestFailure when the input cannot be read at all
 */
public interface EventParser {
    IngestSummary parse(InputStream input, RecordSink sink) throws IOException;
}

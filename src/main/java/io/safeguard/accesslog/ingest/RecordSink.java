package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;

/** Where a parser delivers its results, in input order: each good record as an event, each bad one as a rejection. */
public interface RecordSink {
    void accept(AccessEvent event);

    void reject(Rejection rejection);
}

package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;

/** Counts what passes to the caller's sink, for the {@link IngestSummary}. */
final class Tally implements RecordSink {
    private final RecordSink sink;
    private long accepted;
    private long rejected;

    Tally(RecordSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(AccessEvent event) {
        sink.accept(event);
        accepted++;
    }

    @Override
    public void reject(Rejection rejection) {
        sink.reject(rejection);
        rejected++;
    }

    void reject(long recordNumber, String reason) {
        reject(new Rejection(recordNumber, reason));
    }

    IngestSummary summary() {
        return new IngestSummary(accepted, rejected);
    }
}

package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser delivers, in order; safe for the listener's connection threads. */
final class CollectingSink implements RecordSink {
    final List<AccessEvent> events = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public synchronized void accept(AccessEvent event) {
        events.add(event);
    }

    @Override
    public synchronized void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    synchronized List<AccessEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}

package io.safeguard.accesslog.ingest;

/** What one parse delivered: events accepted and records rejected. */
public record IngestSummary(long accepted, long rejected) {}

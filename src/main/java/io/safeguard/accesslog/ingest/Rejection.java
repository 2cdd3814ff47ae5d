package io.safeguard.accesslog.ingest;

/**
 * A record the parser could not turn into an event. {@code recordNumber} is the line on which the record starts (CSV,
 * JSON lines, NDJSON), the entry of a Bundle (from 1) or the message of a syslog stream (from 1). {@code reason} is in
 * plain words and names columns or elements only, never their values or the raw record, which may hold PHI.
 */
public record Rejection(long recordNumber, String reason) {}

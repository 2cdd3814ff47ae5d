package io.safeguard.accesslog;

/** An event as kept in an organization's ledger: its position (leaf index, from 0) and the event. */
public record StoredEvent(long seq, AccessEvent event) {}

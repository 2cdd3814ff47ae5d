package io.safeguard.risk;

import java.time.Instant;

/** A dated note on a planned measure; notes are only ever added. */
public record ProgressNote(Instant writtenAt, String author, String text) {}

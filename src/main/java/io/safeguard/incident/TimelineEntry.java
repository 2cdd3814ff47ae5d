package io.safeguard.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One action or fact on the incident's timeline; entries are only ever added. */
public record TimelineEntry(UUID id, LocalDate happenedOn, String text, String author, Instant recordedAt) {}

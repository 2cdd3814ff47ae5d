package io.safeguard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored assessment as the history lists it (score and counts), oldest first. */
public record AssessmentSummary(UUID id, LocalDate asOf, double score, int met, int notMet, Instant createdAt) {}

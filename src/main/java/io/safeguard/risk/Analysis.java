package io.safeguard.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An analysis as listed: in progress (editable) or completed (a frozen, numbered, dated version). */
public record Analysis(UUID id, String title, boolean completed, @Nullable String scopeStatement, @Nullable String method,
        @Nullable String participants, LocalDate startedOn, @Nullable Integer version, @Nullable LocalDate completedOn,
        @Nullable Instant completedAt, @Nullable String completedBy) {}

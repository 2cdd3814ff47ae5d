package io.safeguard.documents;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One approved version of a policy or procedure; its text is an evidence file. */
public record DocumentVersion(UUID id, String label, UUID evidenceId, LocalDate effectiveOn, LocalDate reviewDueOn,
        String approvedBy, LocalDate approvedOn, @Nullable String changeSummary) {}

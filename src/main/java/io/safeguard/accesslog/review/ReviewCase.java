package io.safeguard.accesslog.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case: one user's alerts over a window of days, reviewed together (serial snooping shows across days), with who
 * reviews it, the determination and a link to the sanction recorded in the workforce module. Its history is only ever
 * appended to.
 */
public record ReviewCase(UUID id, int refNo, String userId, @Nullable String userLabel, LocalDate firstDay, LocalDate lastDay, boolean open,
        @Nullable String assignee, @Nullable Determination determination, @Nullable UUID sanctionId, Instant openedAt,
        @Nullable Instant closedAt, List<StoredAlert> alerts, List<HistoryEntry> history) {

    public String code() {
        return "AL-%03d".formatted(refNo);
    }

    /** An alert as kept for review: the detection's rule, subject, day, counts and its two explanations in words. */
    public record StoredAlert(UUID id, String rule, String userId, @Nullable String patientId, LocalDate day, Instant firstAt, Instant lastAt,
            long eventCount, List<Long> sampleSeqs, String why, String explanation) {}

    public record HistoryEntry(String kind, String entry, String author, Instant at) {}
}

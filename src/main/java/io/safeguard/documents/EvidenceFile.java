package io.safeguard.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence: the file (by hash), who uploaded it when, and the date it speaks for — a review done on
 * June 30 and uploaded on July 8 speaks for June 30.
 */
public record EvidenceFile(UUID id, String sha256, String fileName, String contentType, long size, String uploadedBy,
        Instant uploadedAt, LocalDate speaksFor, @Nullable String description, List<String> requirements,
        LocalDate retainUntil, boolean legalHold, @Nullable String legalHoldReason) {

    public EvidenceFile {
        requirements = List.copyOf(requirements);
    }

    public boolean deletableOn(LocalDate date) {
        return !legalHold && !Retention.retainedOn(retainUntil, date);
    }

    /** How bundles name the file: {@code <sha256>/<fileName>}. */
    public String reference() {
        return sha256 + "/" + fileName;
    }
}

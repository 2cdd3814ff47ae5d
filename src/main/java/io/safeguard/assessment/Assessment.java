package io.safeguard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stored assessment: the readiness score on a date and every finding, worst and most cited first. */
public record Assessment(UUID id, LocalDate asOf, double score, List<Finding> findings, String createdBy, Instant createdAt,
        Map<String, LocalDate> openSince) {

    public long count(FindingStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** The findings that need action (not met, partially met, unknown), in the order OCR would cite them. */
    public List<Finding> open() {
        return findings.stream().filter(f -> f.status() == FindingStatus.NOT_MET || f.status() == FindingStatus.PARTIALLY_MET
                || f.status() == FindingStatus.UNKNOWN).toList();
    }
}

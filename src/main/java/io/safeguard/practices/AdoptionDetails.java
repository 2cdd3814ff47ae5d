package io.safeguard.practices;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a new adoption record says about a practice: the form and the API carry this. */
public record AdoptionDetails(String framework, String practiceId, @Nullable LocalDate adoptedOn, @Nullable LocalDate retiredOn,
        @Nullable String implementation, List<UUID> evidenceIds) {

    public AdoptionDetails {
        evidenceIds = evidenceIds == null ? List.of() : evidenceIds.stream().distinct().toList();
        implementation = implementation == null ? "" : implementation;
    }
}

package io.safeguard.practices.web;

import io.safeguard.practices.Adoption;
import io.safeguard.practices.AdoptionDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The adoption form of a practice page; the framework and practice come from the URL. */
public record AdoptionForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn,
        @Nullable String implementation,
        @Nullable List<UUID> evidenceIds) {

    public AdoptionForm {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        implementation = implementation == null ? "" : implementation;
    }

    AdoptionDetails toDetails(String framework, String practiceId) {
        return new AdoptionDetails(framework, practiceId, adoptedOn, retiredOn, implementation, evidenceIds);
    }

    /** Pre-filled with the current record, so that a correction starts from what is recorded. */
    static AdoptionForm of(@Nullable Adoption current) {
        return current == null ? new AdoptionForm(null, null, "", List.of())
                : new AdoptionForm(current.adoptedOn(), current.retiredOn(), current.implementation(), current.evidenceIds());
    }

    public boolean links(UUID evidenceId) {
        return evidenceIds.contains(evidenceId);
    }
}

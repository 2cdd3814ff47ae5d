package io.safeguard.accesslog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A documented treatment relationship that explains access to a patient's record (reference feed): an encounter, an
 * appointment or a care-team membership, for a user (EHR user id) or for a whole department, over a period (a single
 * day when {@code to} is null).
 */
public record CareLink(Kind kind, String patientId, @Nullable String userId, @Nullable String department, LocalDate from,
        @Nullable LocalDate to) {

    public enum Kind { ENCOUNTER, APPOINTMENT, CARE_TEAM }
}

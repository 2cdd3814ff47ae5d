package io.safeguard.accesslog;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One PHI access event in canonical form, with FHIR R5 AuditEvent semantics stored flat: the source system and its
 * event id, when it happened ({@code occurred[x]}) and when the source logged it ({@code recorded}), the requesting
 * user (agent with requestor=true) with a snapshot of role and department, the patient ({@code patient}), the encounter
 * ({@code encounter}), the action (CRUDE) and the source's own action code, the object, where (workstation, network
 * address, facility), the outcome, the purpose of use ({@code authorization}; break-the-glass reasons land here) and the
 * SHA-256 of the raw record as received.
 *
 * <p>{@link #canonical()} is the byte form the ledger hashes (RFC 9162 leaf input), described in {@link CanonicalForm}.
 */
public record AccessEvent(String sourceSystem, String sourceEventId, Instant occurredAt, @Nullable Instant recordedAt, String userId,
        @Nullable String userName, @Nullable String userRole, @Nullable String userDepartment, @Nullable String patientId,
        @Nullable String encounterId, AccessAction action, @Nullable String actionCode, @Nullable String objectType,
        @Nullable String objectId, @Nullable String workstation, @Nullable String networkAddress, @Nullable String facility,
        AccessOutcome outcome, @Nullable String purposeOfUse, String rawSha256) {

    /** Longest text accepted in any field; longer values are refused by the parsers, never cut silently. */
    public static final int MAX_FIELD = 512;

    public AccessEvent {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rawSha256, "rawSha256");
        occurredAt = micros(occurredAt);
        recordedAt = recordedAt == null ? null : micros(recordedAt);
    }

    /** The ledger's leaf input: stable across databases and versions of this class ({@link CanonicalForm}). */
    public byte[] canonical() {
        return CanonicalForm.encode(this);
    }

    /** The event whose {@link #canonical()} bytes these are, of any version written; refuses damaged bytes. */
    public static AccessEvent fromCanonical(byte[] bytes) {
        return CanonicalForm.decode(bytes);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

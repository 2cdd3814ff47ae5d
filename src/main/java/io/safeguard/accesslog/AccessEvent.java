package io.safeguard.accesslog;

import java.nio.charset.StandardCharsets;
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
 * <p>{@link #canonical()} is the byte form the ledger hashes (RFC 9162 leaf input): a version byte, then each field in
 * the order above as a 4-byte length and its UTF-8 bytes (length -1 for null), instants as epoch microseconds.
 */
public record AccessEvent(String sourceSystem, String sourceEventId, Instant occurredAt, @Nullable Instant recordedAt, String userId,
        @Nullable String userName, @Nullable String userRole, @Nullable String userDepartment, @Nullable String patientId,
        @Nullable String encounterId, AccessAction action, @Nullable String actionCode, @Nullable String objectType,
        @Nullable String objectId, @Nullable String workstation, @Nullable String networkAddress, @Nullable String facility,
        AccessOutcome outcome, @Nullable String purposeOfUse, String rawSha256) {

    /** Longest text accepted in any field; longer values are refused by the parsers, never cut silently. */
    public static final int MAX_FIELD = 512;
    private static final byte VERSION = 1;

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

    /** The ledger's leaf input: stable across databases and versions of this class (see the class comment). */
    public byte[] canonical() {
        byte[][] texts = {utf8(sourceSystem), utf8(sourceEventId), null, null, utf8(userId), utf8(userName), utf8(userRole),
                utf8(userDepartment), utf8(patientId), utf8(encounterId), utf8(String.valueOf(action.code())), utf8(actionCode),
                utf8(objectType), utf8(objectId), utf8(workstation), utf8(networkAddress), utf8(facility),
                utf8(Integer.toString(outcome.code())), utf8(purposeOfUse), utf8(rawSha256)};
        int size = 1;
        for (int i = 0; i < texts.length; i++) {
            size += 4 + (i == 2 ? 8 : i == 3 ? (recordedAt == null ? 0 : 8) : texts[i] == null ? 0 : texts[i].length);
        }
        var out = java.nio.ByteBuffer.allocate(size);
        out.put(VERSION);
        for (int i = 0; i < texts.length; i++) {
            if (i == 2 || i == 3) {
                Instant t = i == 2 ? occurredAt : recordedAt;
                if (t == null) {
                    out.putInt(-1);
                } else {
                    out.putInt(8).putLong(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000));
                }
            } else if (texts[i] == null) {
                out.putInt(-1);
            } else {
                out.putInt(texts[i].length).put(texts[i]);
            }
        }
        return out.array();
    }

    private static byte @Nullable [] utf8(@Nullable String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** The event whose {@link #canonical()} bytes these are; refuses bytes of another version or with a bad length. */
    public static AccessEvent fromCanonical(byte[] bytes) {
        var in = java.nio.ByteBuffer.wrap(bytes);
        if (in.get() != VERSION) {
            throw new IllegalArgumentException("not a version " + VERSION + " canonical event");
        }
        String source = read(in);
        String id = read(in);
        Instant occurred = readTime(in);
        Instant recorded = readTime(in);
        String user = read(in);
        String userName = read(in);
        String role = read(in);
        String department = read(in);
        String patient = read(in);
        String encounter = read(in);
        AccessAction action = AccessAction.ofCode(read(in)).orElseThrow(() -> new IllegalArgumentException("unknown action"));
        String actionCode = read(in);
        String objectType = read(in);
        String objectId = read(in);
        String workstation = read(in);
        String address = read(in);
        String facility = read(in);
        AccessOutcome outcome = AccessOutcome.ofCode(Integer.parseInt(read(in))).orElseThrow();
        String purpose = read(in);
        String raw = read(in);
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes after the canonical event");
        }
        return new AccessEvent(source, id, occurred, recorded, user, userName, role, department, patient, encounter, action, actionCode,
                objectType, objectId, workstation, address, facility, outcome, purpose, raw);
    }

    private static @Nullable String read(java.nio.ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad field length " + length);
        }
        String value = new String(bytesOf(in, length), StandardCharsets.UTF_8);
        return value;
    }

    private static byte[] bytesOf(java.nio.ByteBuffer in, int length) {
        byte[] b = new byte[length];
        in.get(b);
        return b;
    }

    private static @Nullable Instant readTime(java.nio.ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length != 8) {
            throw new IllegalArgumentException("bad time length " + length);
        }
        long micros = in.getLong();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

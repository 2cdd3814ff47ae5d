package io.safeguard.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The canonical bytes are the ledger's leaf input: stable, reversible, and refused when damaged. */
class AccessEventTests {
    static final AccessEvent EVENT = new AccessEvent("epic", "ev-1", Instant.parse("2026-03-02T14:05:09.123456789Z"), null, "j.smith",
            "Jane Smith", "Nurse", "Cardiology", "P100", "CSN-7", AccessAction.READ, "Chart Review", null, null, "WS-12", "10.0.0.7",
            "Main", AccessOutcome.SUCCESS, null, "ab".repeat(32));

    @Test
    void theCanonicalBytesReadBackAsTheSameEvent() {
        assertThat(AccessEvent.fromCanonical(EVENT.canonical())).isEqualTo(EVENT);
        assertThat(EVENT.occurredAt()).isEqualTo(Instant.parse("2026-03-02T14:05:09.123456Z")); // microseconds, as stored
    }

    /** Pinned: changing the encoding would change every leaf hash of every stored ledger. */
    @Test
    void theCanonicalFormIsPinned() throws Exception {
        byte[] bytes = EVENT.canonical();
        assertThat(bytes[0]).isEqualTo((byte) 2);
        assertThat(bytes).hasSize(138);
        assertThat(sha256(bytes)).isEqualTo(PINNED);
    }

    /** Entries written as version 1 stay readable (stored entries are never rewritten). */
    @Test
    void versionOneEntriesStillRead() throws Exception {
        byte[] v1 = versionOne(EVENT);
        assertThat(sha256(v1)).isEqualTo(PINNED_V1);
        assertThat(AccessEvent.fromCanonical(v1)).isEqualTo(EVENT);
    }

    @Test
    void everyFieldShapeRoundTrips() {
        var unusual = new AccessEvent("src", "é-" + "x".repeat(300) + "-\uD83D\uDE00", Instant.parse("1969-12-31T23:59:59.999999Z"),
                Instant.parse("2026-03-02T14:05:09Z"), "u", null, "", "Médecine", null, null, AccessAction.EXECUTE, null, "Patient", "42",
                null, null, null, AccessOutcome.MAJOR_FAILURE, "BTG", "00");
        assertThat(AccessEvent.fromCanonical(unusual.canonical())).isEqualTo(unusual);
        var upperHex = new AccessEvent("s", "1", Instant.EPOCH, null, "u", null, null, null, null, null, AccessAction.READ, null, null, null,
                null, null, null, AccessOutcome.SUCCESS, null, "AB".repeat(32));
        assertThat(AccessEvent.fromCanonical(upperHex.canonical()).rawSha256()).isEqualTo("AB".repeat(32));
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = EVENT.canonical();
        bytes[0] = 3;
        assertThatThrownBy(() -> AccessEvent.fromCanonical(bytes)).isInstanceOf(IllegalArgumentException.class);
        byte[] cut = java.util.Arrays.copyOf(EVENT.canonical(), 40);
        assertThatThrownBy(() -> AccessEvent.fromCanonical(cut)).isInstanceOf(IllegalArgumentException.class);
        byte[] lowerAction = EVENT.canonical();
        assertThat(lowerAction[67]).isEqualTo((byte) 'R'); // after the encounter id (see the pinned layout)
        lowerAction[67] = 'r';
        assertThatThrownBy(() -> AccessEvent.fromCanonical(lowerAction)).isInstanceOf(IllegalArgumentException.class);
        byte[] longer = java.util.Arrays.copyOf(EVENT.canonical(), EVENT.canonical().length + 1);
        assertThatThrownBy(() -> AccessEvent.fromCanonical(longer)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Version 1 as it was written: a 4-byte length before every field, action and outcome as texts. */
    private static byte[] versionOne(AccessEvent e) {
        var out = new ByteArrayOutputStream();
        out.write(1);
        for (Object field : new Object[] {e.sourceSystem(), e.sourceEventId(), e.occurredAt(), e.recordedAt(), e.userId(), e.userName(),
                e.userRole(), e.userDepartment(), e.patientId(), e.encounterId(), String.valueOf(e.action().code()), e.actionCode(),
                e.objectType(), e.objectId(), e.workstation(), e.networkAddress(), e.facility(), Integer.toString(e.outcome().code()),
                e.purposeOfUse(), e.rawSha256()}) {
            byte[] bytes = switch (field) {
                case null -> null;
                case Instant t -> ByteBuffer.allocate(8).putLong(t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000).array();
                case String s -> s.getBytes(StandardCharsets.UTF_8);
                default -> throw new IllegalStateException();
            };
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static final String PINNED = "e5208d1251f23e94b3ff4d60d5831b530910ac4a71bd8407220101c72b87596b";
    static final String PINNED_V1 = "eb0d83c0e3ec50a25234fb09c30856f51b30ba6776df2d2e8e51f7933f7f6289";
}

package io.safeguard.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(bytes).hasSize(233);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(PINNED);
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = EVENT.canonical();
        bytes[0] = 2;
        assertThatThrownBy(() -> AccessEvent.fromCanonical(bytes)).isInstanceOf(IllegalArgumentException.class);
        byte[] cut = java.util.Arrays.copyOf(EVENT.canonical(), 40);
        assertThatThrownBy(() -> AccessEvent.fromCanonical(cut)).isInstanceOf(RuntimeException.class);
    }

    static final String PINNED = "eb0d83c0e3ec50a25234fb09c30856f51b30ba6776df2d2e8e51f7933f7f6289";
}

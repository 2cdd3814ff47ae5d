package io.safeguard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetDetailsTests {
    static AssetDetails laptop(Protection atRest, String location, String owner) {
        return new AssetDetails("laptop-12", AssetType.LAPTOP, null, owner, location, true, null, atRest, null, false,
                Protection.FULL, null, null, null, null, true, null, Backup.NONE, null, "Windows 11", true,
                RemoteMfa.YES, false, null);
    }

    @Test
    void securityRelevantChangesAreMaterialAndBookkeepingIsNot() {
        var before = laptop(Protection.NONE, "Billing office", "Dana");
        assertThat(laptop(Protection.FULL, "Billing office", "Dana").materiallyDiffersFrom(before)).isTrue();
        assertThat(laptop(Protection.NONE, "Home office", "Dana").materiallyDiffersFrom(before)).isTrue();
        assertThat(laptop(Protection.NONE, "Billing office", "Marcus").materiallyDiffersFrom(before)).isFalse();
    }

    @Test
    void theEncryptionOnADayIsTheLastRecordThatTookEffectByThen() {
        var none = new EncryptionRecord(LocalDate.of(2024, 6, 1), Protection.NONE, null, false, Protection.FULL, "demo", Instant.EPOCH);
        var full = new EncryptionRecord(LocalDate.of(2026, 3, 2), Protection.FULL, "BitLocker", true, Protection.FULL, "dana", Instant.EPOCH);
        var history = List.of(none, full);
        assertThat(EncryptionHistory.on(history, LocalDate.of(2024, 5, 31))).isEmpty();
        assertThat(EncryptionHistory.on(history, LocalDate.of(2026, 3, 1))).hasValue(none);
        assertThat(EncryptionHistory.on(history, LocalDate.of(2026, 3, 2))).hasValue(full);
        assertThat(full.securedAtRest()).isTrue();
        assertThat(none.securedAtRest()).isFalse();
    }
}

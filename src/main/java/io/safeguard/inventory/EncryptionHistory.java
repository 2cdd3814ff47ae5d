package io.safeguard.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Picks the encryption record in effect on a day: the last one that took effect on or before it. */
final class EncryptionHistory {
    private EncryptionHistory() {}

    static Optional<EncryptionRecord> on(List<EncryptionRecord> inRecordedOrder, LocalDate date) {
        EncryptionRecord found = null;
        for (EncryptionRecord record : inRecordedOrder) {
            if (!record.effectiveOn().isAfter(date)) {
                found = record;
            }
        }
        return Optional.ofNullable(found);
    }
}

package io.safeguard.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BaaTests {
    private static final UUID VENDOR = UUID.randomUUID();

    private static Baa baa(LocalDate requested, LocalDate effective, LocalDate expires, LocalDate terminated, String recorded) {
        return new Baa(UUID.randomUUID(), VENDOR, requested, effective, expires, terminated, null, null, Instant.parse(recorded));
    }

    @Test
    void anAgreementCoversThroughItsExpiryDayAndNotTheDayAfter() {
        var baa = baa(null, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 1), null, "2023-03-01T00:00:00Z");
        assertThat(baa.statusOn(LocalDate.of(2023, 2, 28))).isEqualTo(BaaStatus.NONE);
        assertThat(baa.statusOn(LocalDate.of(2023, 3, 1))).isEqualTo(BaaStatus.EXECUTED);
        assertThat(baa.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(BaaStatus.EXECUTED);
        assertThat(baa.statusOn(LocalDate.of(2026, 3, 2))).isEqualTo(BaaStatus.EXPIRED);
    }

    @Test
    void aRequestIsNotAnAgreementAndATerminationEndsOne() {
        var requested = baa(LocalDate.of(2026, 8, 1), null, null, null, "2026-08-01T00:00:00Z");
        assertThat(requested.statusOn(LocalDate.of(2026, 7, 31))).isEqualTo(BaaStatus.NONE);
        assertThat(requested.statusOn(LocalDate.of(2026, 8, 1))).isEqualTo(BaaStatus.REQUESTED);
        var terminated = baa(null, LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 6, 30), "2020-01-01T00:00:00Z");
        assertThat(terminated.statusOn(LocalDate.of(2025, 6, 29))).isEqualTo(BaaStatus.EXECUTED);
        assertThat(terminated.statusOn(LocalDate.of(2025, 6, 30))).isEqualTo(BaaStatus.TERMINATED);
    }

    @Test
    void oneExecutedAgreementIsEnoughAndARenewalRequestDoesNotHideAnExpiry() {
        var expired = baa(null, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 1), null, "2023-03-01T00:00:00Z");
        var renewal = baa(LocalDate.of(2026, 10, 15), null, null, null, "2026-10-15T00:00:00Z");
        var standing = BaaStanding.of(List.of(expired, renewal), LocalDate.of(2026, 11, 23));
        assertThat(standing.status()).isEqualTo(BaaStatus.REQUESTED);
        assertThat(standing.status().covers()).isFalse();
        assertThat(standing.describe()).isEqualTo("Expired 2026-03-01; renewal requested 2026-10-15");
        var signed = baa(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 20), null, null, "2026-11-20T00:00:00Z");
        assertThat(BaaStanding.of(List.of(expired, renewal, signed), LocalDate.of(2026, 11, 23)).status()).isEqualTo(BaaStatus.EXECUTED);
    }

    @Test
    void aVendorTouchingPhiNeedsABaaUnlessExempt() {
        var phi = new PhiHandling(false, true, false, false);
        assertThat(vendor(phi, null).needsBaa()).isTrue();
        assertThat(vendor(phi, "provider receiving PHI for treatment").needsBaa()).isFalse();
        assertThat(vendor(PhiHandling.NONE, null).needsBaa()).isFalse();
    }

    static Vendor vendor(PhiHandling phi, String exempt) {
        return new Vendor(VENDOR, io.safeguard.shared.TenantId.random(), "V", VendorCategory.OTHER, null, phi, null, null,
                null, exempt, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
    }
}

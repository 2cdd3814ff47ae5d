package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityChainTests {
    private final ActivityRecord row = new ActivityRecord(7, Instant.parse("2026-03-02T15:00:00.123456Z"),
            new AccountId(UUID.fromString("00000000-0000-0000-0000-000000000001")), "dana@clinic.example",
            new TenantId(UUID.fromString("00000000-0000-0000-0000-000000000002")), "organization.profile.update",
            "organization", "x", "changed: name", "10.0.0.5", ActivityChain.GENESIS, "");

    @Test
    void hashIsStableForTheSameRow() {
        assertThat(ActivityChain.hash(row)).isEqualTo(ActivityChain.hash(row)).hasSize(64);
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        String original = ActivityChain.hash(row);
        assertThat(ActivityChain.hash(with(row, 8, row.detail(), row.accountEmail(), row.prevHash()))).isNotEqualTo(original);
        assertThat(ActivityChain.hash(with(row, 7, "changed: zone", row.accountEmail(), row.prevHash()))).isNotEqualTo(original);
        assertThat(ActivityChain.hash(with(row, 7, row.detail(), "mallory@clinic.example", row.prevHash()))).isNotEqualTo(original);
        assertThat(ActivityChain.hash(with(row, 7, row.detail(), row.accountEmail(), "1".repeat(64)))).isNotEqualTo(original);
        assertThat(ActivityChain.hash(with(row, 7, null, row.accountEmail(), row.prevHash()))).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var a = with(row, 7, "ab", "c", row.prevHash());
        var b = with(row, 7, "a", "bc", row.prevHash());
        assertThat(ActivityChain.hash(a)).isNotEqualTo(ActivityChain.hash(b));
    }

    private static ActivityRecord with(ActivityRecord r, long seq, String detail, String email, String prev) {
        return new ActivityRecord(seq, r.occurredAt(), r.accountId(), email, r.tenantId(), r.action(), r.objectType(),
                r.objectId(), detail, r.sourceAddress(), prev, "");
    }
}

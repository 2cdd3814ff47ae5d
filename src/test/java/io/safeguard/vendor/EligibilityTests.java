package io.safeguard.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EligibilityTests {
    private static final BaaStanding EXECUTED = new BaaStanding(BaaStatus.EXECUTED,
            new Baa(UUID.randomUUID(), UUID.randomUUID(), null, LocalDate.of(2024, 1, 1), null, null, null, null, Instant.EPOCH));
    private static final EligibilityEntry M365_EXCHANGE = new EligibilityEntry("microsoft-365", "Microsoft 365",
            "exchange-online", "Exchange Online", true, List.of("Business Premium", "E3", "E5"), List.of("Consumer connectors"),
            "https://example.test/source", true, null, LocalDate.of(2026, 11, 23), false);

    private static CloudService service(String tier, List<String> features, boolean phi) {
        return new CloudService(UUID.randomUUID(), UUID.randomUUID(), "microsoft-365", "exchange-online", "Exchange Online",
                tier, "US", features, phi);
    }

    @Test
    void aCoveredServiceOnACoveredPlanIsEligible() {
        assertThat(Eligibility.of(service("business premium", List.of(), true), M365_EXCHANGE, EXECUTED).verdict())
                .isEqualTo(Eligibility.Verdict.ELIGIBLE);
    }

    @Test
    void thePlanAndTheFeaturesInUseMatter() {
        assertThat(Eligibility.of(service("Business Basic", List.of(), true), M365_EXCHANGE, EXECUTED).verdict())
                .isEqualTo(Eligibility.Verdict.TIER_NOT_COVERED);
        assertThat(Eligibility.of(service(null, List.of(), true), M365_EXCHANGE, EXECUTED).verdict())
                .isEqualTo(Eligibility.Verdict.TIER_NOT_COVERED);
        var outside = Eligibility.of(service("E5", List.of("consumer connectors"), true), M365_EXCHANGE, EXECUTED);
        assertThat(outside.verdict()).isEqualTo(Eligibility.Verdict.FEATURES_OUTSIDE);
        assertThat(outside.featuresOutside()).containsExactly("consumer connectors");
    }

    @Test
    void withoutAnExecutedBaaNothingIsCovered() {
        var none = new BaaStanding(BaaStatus.EXPIRED, null);
        assertThat(Eligibility.of(service("E5", List.of(), true), M365_EXCHANGE, none).verdict()).isEqualTo(Eligibility.Verdict.NO_BAA);
    }

    @Test
    void unlistedOrIneligibleServicesAreOutsideAndServicesWithoutPhiDoNotMatter() {
        assertThat(Eligibility.of(service("E5", List.of(), true), null, EXECUTED).verdict()).isEqualTo(Eligibility.Verdict.NOT_ON_LIST);
        var ineligible = new EligibilityEntry("x", "X", "y", "Y", false, List.of(), List.of(), null, true, null, null, false);
        assertThat(Eligibility.of(service("E5", List.of(), true), ineligible, EXECUTED).verdict()).isEqualTo(Eligibility.Verdict.NOT_ELIGIBLE);
        assertThat(Eligibility.of(service("E5", List.of(), false), null, new BaaStanding(BaaStatus.NONE, null)).ok()).isTrue();
    }
}

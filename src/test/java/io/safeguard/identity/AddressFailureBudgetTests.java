package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressFailureBudgetTests {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
    private final AddressFailureBudget budget = new AddressFailureBudget(
            new SignInProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(7), 3,
                    Duration.ofMinutes(3)), clock);

    @Test
    void anAddressRunsOutAfterItsBudgetAndOnlyTheLastFailureSaysSo() {
        assertThat(budget.spend("203.0.113.7")).isFalse();
        assertThat(budget.spend("203.0.113.7")).isFalse();
        assertThat(budget.allows("203.0.113.7")).isTrue();
        assertThat(budget.spend("203.0.113.7")).isTrue();
        assertThat(budget.allows("203.0.113.7")).isFalse();
        assertThat(budget.allows("198.51.100.20")).isTrue();
    }

    @Test
    void oneFailureComesBackPerRefillPeriodWithoutLosingPartialProgress() {
        budget.spend("a");
        clock.advance(Duration.ofMinutes(2));
        budget.spend("a");
        budget.spend("a"); // empty: the first token comes back 3 minutes after the first failure
        clock.advance(Duration.ofMinutes(1).minusSeconds(1));
        assertThat(budget.allows("a")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(budget.allows("a")).isTrue();
        assertThat(budget.spend("a")).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(budget.spend("a")).isFalse(); // three tokens back, capped at the budget
        assertThat(budget.spend("a")).isFalse();
        assertThat(budget.spend("a")).isTrue();
    }
}

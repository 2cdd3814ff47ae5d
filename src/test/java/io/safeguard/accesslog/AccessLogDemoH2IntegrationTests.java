package io.safeguard.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.reference.ReferenceFeeds;
import io.safeguard.accesslog.review.Determination;
import io.safeguard.accesslog.review.Reviews;
import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.support.IntegrationTest;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo organization's access log: loaded once with the roster's EHR accounts, verifiable, and the detections find
 * exactly the planted cases (one case per person, the terminated account's case already determined).
 */
@IntegrationTest
@ContextConfiguration(initializers = H2Database.class)
class AccessLogDemoH2IntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired AccessLedger ledger;
    @Autowired ReferenceFeeds feeds;
    @Autowired Reviews reviews;
    @Autowired io.safeguard.support.MutableClock clock;

    @Test
    void theDemoLogLoadsOnceAndItsPlantedCasesAreFound() {
        var before = clock.instant();
        clock.set(java.time.Instant.parse("2026-11-23T20:00:00Z")); // the demo's dates are fixed in 2026
        try {
            loadAndCheck();
        } finally {
            clock.set(before);
        }
    }

    private void loadAndCheck() {
        var tenant = fixtures.organization("Riverside Demo " + UUID.randomUUID().toString().substring(0, 6));
        events.publishEvent(new DemoOrganizationLoaded(tenant, "riverside"));
        var owner = fixtures.ownerScope(tenant);
        long size = ledger.status(owner).size();
        assertThat(size).isGreaterThan(15_000);
        assertThat(feeds.patientCount(tenant)).isEqualTo(602);
        assertThat(ledger.verify(tenant).intact()).isTrue();

        Map<String, String> rulesByUser = new TreeMap<>();
        for (var line : reviews.queue(owner, false)) {
            var c = reviews.get(owner, line.id());
            rulesByUser.put(line.userId(), c.alerts().stream().map(a -> a.rule().toString()).distinct().sorted().toList().toString());
            if (line.userId().equals("rfm-090")) {
                assertThat(c.open()).isFalse();
                assertThat(c.determination()).isEqualTo(Determination.INAPPROPRIATE);
            }
        }
        assertThat(rulesByUser).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rfm-006", "[VIP]",
                "rfm-010", "[FAMILY, SELF_ACCESS]",
                "rfm-011", "[COWORKER]",
                "rfm-021", "[AFTER_HOURS]",
                "rfm-028", "[VOLUME]",
                "rfm-090", "[TERMINATED_USER]"));

        events.publishEvent(new DemoOrganizationLoaded(tenant, "riverside"));
        assertThat(ledger.status(owner).size()).isEqualTo(size);
    }
}

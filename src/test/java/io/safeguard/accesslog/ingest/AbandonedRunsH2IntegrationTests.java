package io.safeguard.accesslog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.support.IntegrationTest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** A run whose process stopped is closed as INTERRUPTED after an hour without a committed batch, not a minute before. */
@IntegrationTest
@ContextConfiguration(initializers = H2Database.class)
class AbandonedRunsH2IntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired AbandonedRuns abandoned;
    @Autowired AccessLogIngest ingest;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void aSilentRunIsClosedAndABusyOneIsNot() {
        var tenant = fixtures.organization("Interrupted Clinic " + UUID.randomUUID().toString().substring(0, 6));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID silent = run(tenant, now.minus(AbandonedRuns.SILENCE).minusMinutes(1));
        UUID busy = run(tenant, now.minus(AbandonedRuns.SILENCE).plusMinutes(1));
        abandoned.close();
        var scope = fixtures.ownerScope(tenant);
        assertThat(ingest.run(scope, silent).status()).isEqualTo("INTERRUPTED");
        assertThat(ingest.run(scope, silent).finishedAt()).isNotNull();
        assertThat(ingest.run(scope, busy).status()).isEqualTo("RUNNING");
    }

    private UUID run(io.safeguard.shared.TenantId tenant, java.time.OffsetDateTime lastBatch) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO accesslog.ingest_run (id, tenant_id, channel, format, source_name, started_at, updated_at, accepted, duplicates,
                    rejected, status, started_by) VALUES (?, ?, 'UPLOAD', 'csv', 'extract.csv', ?, ?, 20000, 0, 0, 'RUNNING', 'owner@test')""",
                id, tenant.value(), lastBatch.minusMinutes(5), lastBatch);
        return id;
    }
}

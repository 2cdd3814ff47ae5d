package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ledger's timed work: a signed checkpoint of every organization whose ledger grew since its last one (so a trickle
 * of syslog events is covered within a minute, not only every N events), and the nightly retention expiry (each run
 * recorded with its counts). Off with {@code safeguard.accesslog.jobs=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "safeguard.accesslog.jobs", havingValue = "true", matchIfMissing = true)
class LedgerJobs {
    private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);
    private final AccessLedger ledger;
    private final Retention retention;
    private final JdbcTemplate jdbc;

    LedgerJobs(AccessLedger ledger, Retention retention, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.retention = retention;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${safeguard.accesslog.checkpoint-interval:PT60S}", initialDelayString = "PT30S")
    void checkpoints() {
        for (TenantId tenant : ledgers()) {
            try {
                ledger.checkpoint(tenant);
            } catch (RuntimeException e) {
                log.warn("checkpoint of an access-log ledger failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    @Scheduled(cron = "${safeguard.accesslog.expiry-cron:0 30 2 * * *}")
    void expiry() {
        for (TenantId tenant : ledgers()) {
            try {
                retention.expire(tenant);
            } catch (RuntimeException e) {
                log.warn("access-log expiry failed for one organization: {}", e.getClass().getSimpleName());
            }
        }
    }

    private List<TenantId> ledgers() {
        return jdbc.queryForList("SELECT tenant_id FROM accesslog.head", UUID.class).stream().map(TenantId::new).toList();
    }
}

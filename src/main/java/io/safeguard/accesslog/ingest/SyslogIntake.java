package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.Deduplication;
import io.safeguard.accesslog.ledger.PreparedBatch;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IHE ATNA audit messages over syslog into one organization's ledger (RFC 5424 over TCP, RFC 6587 framing; TLS per RFC
 * 5425 when a key store is configured, mutual TLS when a trust store is): {@code safeguard.accesslog.syslog.port},
 * {@code .tenant}, {@code .as} (the member the events are recorded for), {@code .key-store}, {@code .key-store-password-env},
 * {@code .trust-store}. Events are committed every {@value #BATCH} or every two seconds, and re-delivered ones skipped.
 * While the listener runs it is one ingest run (channel SYSLOG) whose counts grow with each commit and which shows a
 * sign of life every minute, so the runs page shows the intake like any other delivery.
 */
@Component
@ConditionalOnProperty(name = "safeguard.accesslog.syslog.port")
class SyslogIntake {
    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SyslogIntake.class);
    private final List<AccessEvent> pending = new ArrayList<>();
    private final AccessLedger ledger;
    private final Deduplication deduplication;
    private final TransactionTemplate transactions;
    private final AccountAdministration accounts;
    private final TenantAccess access;
    private final int port;
    private final String tenant;
    private final String account;
    private final String keyStore;
    private final String passwordEnv;
    private final String trustStore;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();
    private java.util.UUID run;
    private long accepted;
    private long duplicates;
    private java.time.Instant lastSign = java.time.Instant.EPOCH;
    private SyslogListener listener;
    private TenantScope scope;
    private InetSocketAddress bound;

    SyslogIntake(AccessLedger ledger, Deduplication deduplication, TransactionTemplate transactions, AccountAdministration accounts,
            TenantAccess access, @Value("${safeguard.accesslog.syslog.port}") int port, @Value("${safeguard.accesslog.syslog.tenant}") String tenant,
            @Value("${safeguard.accesslog.syslog.as}") String account, @Value("${safeguard.accesslog.syslog.key-store:}") String keyStore,
            @Value("${safeguard.accesslog.syslog.key-store-password-env:SAFEGUARD_SYSLOG_KEY_PASSWORD}") String passwordEnv,
            @Value("${safeguard.accesslog.syslog.trust-store:}") String trustStore, org.springframework.jdbc.core.JdbcTemplate jdbc,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ledger = ledger;
        this.deduplication = deduplication;
        this.transactions = transactions;
        this.accounts = accounts;
        this.access = access;
        this.port = port;
        this.tenant = tenant;
        this.account = account;
        this.keyStore = keyStore;
        this.passwordEnv = passwordEnv;
        this.trustStore = trustStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws Exception {
        TenantId id = TenantId.parse(tenant);
        scope = accounts.findByEmail(account).flatMap(a -> access.scopeOf(a.id(), id))
                .orElseThrow(() -> new IllegalStateException("safeguard.accesslog.syslog.as is not a member of safeguard.accesslog.syslog.tenant"));
        scope.require(Permission.EDIT);
        SyslogListener.Tls tls = null;
        if (!keyStore.isBlank()) {
            char[] password = System.getenv().getOrDefault(passwordEnv, "").toCharArray();
            tls = SyslogListener.Tls.of(load(keyStore, password), password, trustStore.isBlank() ? null : load(trustStore, password));
        }
        listener = new SyslogListener(new InetSocketAddress(port), tls, new AtnaMessageParser(ParserOptions.defaults()), peer -> new RecordSink() {
            @Override
            public void accept(AccessEvent event) {
                add(event);
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.incrementAndGet();
                log.info("an ATNA message was rejected: {}", rejection.reason());
            }
        });
        bound = listener.start();
        run = java.util.UUID.randomUUID();
        var now = utc(clock.instant());
        jdbc.update("""
                INSERT INTO accesslog.ingest_run (id, tenant_id, channel, format, source_name, started_at, updated_at, accepted, duplicates,
                    rejected, status, started_by) VALUES (?, ?, 'SYSLOG', 'syslog', ?, ?, ?, 0, 0, 0, 'RUNNING', ?)""", run, id.value(),
                "ATNA syslog on port " + bound.getPort(), now, now, account);
        log.info("ATNA syslog intake listening on port {} ({})", bound.getPort(), tls == null ? "plain TCP" : "TLS");
    }

    int port() {
        return bound.getPort();
    }

    private void add(AccessEvent event) {
        boolean full;
        synchronized (pending) {
            pending.add(event);
            full = pending.size() >= BATCH;
        }
        if (full) {
            flush();
        }
    }

    @Scheduled(fixedDelay = 2_000)
    synchronized void flush() {
        signOfLife();
        List<AccessEvent> batch;
        synchronized (pending) {
            if (pending.isEmpty() || scope == null) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        try {
            var prepared = PreparedBatch.of(scope.tenantId(), batch);
            long[] added = transactions.execute(t -> {
                var fresh = deduplication.fresh(scope.tenantId(), prepared);
                if (fresh.size() > 0) {
                    ledger.append(scope.tenantId(), fresh);
                }
                long[] counts = {fresh.size(), prepared.size() - fresh.size()};
                progress(accepted + counts[0], duplicates + counts[1]);
                return counts;
            });
            accepted += added[0];
            duplicates += added[1];
        } catch (RuntimeException e) { // kept for the next flush (re-delivery is skipped, so a retry is safe)
            synchronized (pending) {
                pending.addAll(0, batch);
            }
            log.warn("ATNA syslog events could not be committed yet ({}); {} kept for the next attempt", e.getClass().getSimpleName(),
                    batch.size());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (listener != null) {
            listener.close();
        }
        flush();
        int lost;
        synchronized (pending) {
            lost = pending.size();
        }
        if (lost > 0) {
            log.error("{} ATNA syslog events received could not be committed before the intake stopped; the senders must send them again", lost);
        }
        if (run != null) {
            jdbc.update("UPDATE accesslog.ingest_run SET status = ?, finished_at = ?, updated_at = ?, rejected = ? WHERE id = ?",
                    lost > 0 ? "FAILED" : "DONE", utc(clock.instant()), utc(clock.instant()), rejected.get() + lost, run);
        }
    }

    /** The run's counts, with a sign of life (a run closed as silent during an outage is open again). */
    private void progress(long accepted, long duplicates) {
        lastSign = clock.instant();
        jdbc.update("UPDATE accesslog.ingest_run SET accepted = ?, duplicates = ?, rejected = ?, updated_at = ?, status = 'RUNNING', finished_at = NULL "
                + "WHERE id = ?", accepted, duplicates, rejected.get(), utc(lastSign), run);
    }

    /** An idle intake says every minute that it is alive, so it is not taken for an abandoned run. */
    private void signOfLife() {
        if (run != null && clock.instant().isAfter(lastSign.plusSeconds(60))) {
            try {
                progress(accepted, duplicates);
            } catch (RuntimeException e) { // the database is away: the next flush tries again
                log.warn("the ATNA syslog intake could not record a sign of life ({})", e.getClass().getSimpleName());
            }
        }
    }

    private static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static KeyStore load(String path, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, password);
        } catch (IOException e) {
            throw new IllegalStateException("the syslog key or trust store could not be read", e);
        }
        return store;
    }
}

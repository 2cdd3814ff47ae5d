package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.Deduplication;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests an access-log file or stream into an organization's ledger (C12): the parser streams records, good ones are
 * collected into batches of {@value #BATCH} and each batch is committed on its own (skip what is already stored, append
 * the rest to the ledger); rejected records are counted and the first {@value #KEPT_REJECTIONS} kept with their number
 * and reason (never their content). Re-delivering a file adds nothing. Every run is recorded with its counts.
 */
@Service
public class AccessLogIngest {
    static final int BATCH = 20_000;
    static final int KEPT_REJECTIONS = 1_000;
    private final AccessLedger ledger;
    private final Deduplication deduplication;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AccountAdministration accounts;
    private final Organizations organizations;
    private final ActivityTrail trail;
    private final Clock clock;

    AccessLogIngest(AccessLedger ledger, Deduplication deduplication, JdbcTemplate jdbc, TransactionTemplate transactions,
            AccountAdministration accounts, Organizations organizations, ActivityTrail trail, Clock clock) {
        this.ledger = ledger;
        this.deduplication = deduplication;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.organizations = organizations;
        this.trail = trail;
        this.clock = clock;
    }

    public enum Channel { UPLOAD, API, CLI, FOLDER, SYSLOG }

    /** What to read: format ({@code csv, tsv, psv, jsonl, fhir, fhir-ndjson}), CSV mapping name, source system name. */
    public record Request(String format, @Nullable String mapping, @Nullable String sourceSystem, @Nullable String sourceName,
            Channel channel) {}

    public record Report(UUID runId, long accepted, long duplicates, long rejected, List<Rejection> rejections, long firstSeq, long lastSeq,
            String status, @Nullable String failure) {}

    public Report ingest(TenantScope scope, Request request, InputStream input, @Nullable LongConsumer progress) {
        scope.require(Permission.EDIT);
        TenantId tenant = scope.tenantId();
        EventParser parser;
        try {
            parser = EventParsers.create(request.format(), options(tenant, request));
        } catch (IngestFailure | IllegalArgumentException e) {
            throw new io.safeguard.shared.BusinessRuleViolation("accesslog.format", e instanceof IngestFailure f ? f.reason() : e.getMessage());
        }
        UUID run = UUID.randomUUID();
        String who = accounts.summary(scope.accountId()).email();
        jdbc.update("""
                INSERT INTO accesslog.ingest_run (id, tenant_id, channel, format, source_name, started_at, accepted, duplicates, rejected,
                    status, started_by) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 'RUNNING', ?)""", run, tenant.value(), request.channel().name(),
                request.format(), request.sourceName(), utc(clock.instant()), who);
        var sink = new BatchingSink(tenant, run, progress);
        String failure = null;
        try {
            parser.parse(input, sink);
            sink.flush();
        } catch (IngestFailure e) {
            sink.flush();
            failure = e.reason();
        } catch (IOException e) {
            sink.flush();
            failure = "the input could not be read to its end";
        }
        String status = failure == null ? "DONE" : "FAILED";
        jdbc.update("""
                UPDATE accesslog.ingest_run SET finished_at = ?, accepted = ?, duplicates = ?, rejected = ?, first_seq = ?, last_seq = ?,
                    status = ? WHERE id = ?""", utc(clock.instant()), sink.accepted, sink.duplicates, sink.rejected,
                sink.firstSeq < 0 ? null : sink.firstSeq, sink.lastSeq < 0 ? null : sink.lastSeq, status, run);
        transactions.executeWithoutResult(t -> ledger.checkpoint(tenant));
        trail.record(ActivityEntry.of(tenant, "accesslog.ingest", "accesslog-run", run).withDetail("%s %s: %d accepted, %d already stored, %d rejected%s"
                .formatted(request.channel(), request.format(), sink.accepted, sink.duplicates, sink.rejected,
                        failure == null ? "" : " (stopped: " + failure + ")")));
        return new Report(run, sink.accepted, sink.duplicates, sink.rejected, List.copyOf(sink.kept), sink.firstSeq, sink.lastSeq, status,
                failure);
    }

    private ParserOptions options(TenantId tenant, Request request) {
        var options = ParserOptions.defaults().withZone(organizations.get(tenant).zone());
        if (request.sourceSystem() != null && !request.sourceSystem().isBlank()) {
            options = options.withSourceSystem(request.sourceSystem().strip());
        }
        if (request.mapping() != null && !request.mapping().isBlank()) {
            options = options.withMapping(CsvMapping.builtIn(request.mapping().strip()));
        }
        return options;
    }

    /** Collects good records into batches and commits each batch on its own. */
    private final class BatchingSink implements RecordSink {
        private final TenantId tenant;
        private final UUID run;
        private final @Nullable LongConsumer progress;
        private final List<AccessEvent> batch = new ArrayList<>(BATCH);
        private final List<Rejection> kept = new ArrayList<>();
        long accepted;
        long duplicates;
        long rejected;
        long firstSeq = -1;
        long lastSeq = -1;

        BatchingSink(TenantId tenant, UUID run, @Nullable LongConsumer progress) {
            this.tenant = tenant;
            this.run = run;
            this.progress = progress;
        }

        @Override
        public void accept(AccessEvent event) {
            batch.add(event);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            if (kept.size() < KEPT_REJECTIONS) {
                kept.add(rejection);
                jdbc.update("INSERT INTO accesslog.rejection (run_id, tenant_id, record_no, reason) VALUES (?, ?, ?, ?)", run, tenant.value(),
                        rejection.recordNumber(), rejection.reason().length() > 1000 ? rejection.reason().substring(0, 1000) : rejection.reason());
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(t -> {
                var fresh = deduplication.fresh(tenant, batch);
                duplicates += batch.size() - fresh.events().size();
                if (!fresh.events().isEmpty()) {
                    long first = ledger.append(tenant, fresh.events(), fresh.fingerprints());
                    firstSeq = firstSeq < 0 ? first : firstSeq;
                    lastSeq = first + fresh.events().size() - 1;
                    accepted += fresh.events().size();
                }
            });
            batch.clear();
            if (progress != null) {
                progress.accept(accepted + duplicates);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.safeguard.accesslog.ingest;

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

    public record Run(UUID id, String channel, String format, @Nullable String sourceName, Instant startedAt, @Nullable Instant finishedAt,
            long accepted, long duplicates, long rejected, @Nullable Long firstSeq, @Nullable Long lastSeq, String status, String startedBy) {
        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    public Report ingest(TenantScope scope, Request request, InputStream input, @Nullable LongConsumer progress) {
        UUID run = begin(scope, request);
        return process(scope, run, request, input, progress);
    }

    /**
     * Reads a stored upload in the background: the run is visible at once with status RUNNING and its counts grow batch
     * by batch (the page shows them); the file is deleted when done.
     */
    public UUID startInBackground(TenantScope scope, Request request, java.nio.file.Path file) {
        UUID run = begin(scope, request);
        Thread.ofVirtual().name("accesslog-ingest-" + run).start(() -> {
            try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
                process(scope, run, request, in, null);
            } catch (IOException | RuntimeException e) {
                jdbc.update("UPDATE accesslog.ingest_run SET status = 'FAILED', finished_at = ? WHERE id = ? AND status = 'RUNNING'",
                        utc(clock.instant()), run);
            } finally {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        });
        return run;
    }

    public List<Run> runs(TenantScope scope) {
        scope.require(Permission.VIEW);
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM accesslog.ingest_run WHERE tenant_id = ? ORDER BY started_at DESC FETCH FIRST 50 ROWS ONLY",
                (rs, n) -> run(rs), scope.tenantId().value());
    }

    public Run run(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM accesslog.ingest_run WHERE tenant_id = ? AND id = ?", (rs, n) -> run(rs),
                scope.tenantId().value(), id).stream().findFirst().orElseThrow(() -> new io.safeguard.shared.NotFound("ingest run", id));
    }

    public List<Rejection> rejections(TenantScope scope, UUID id) {
        run(scope, id);
        return jdbc.query("SELECT record_no, reason FROM accesslog.rejection WHERE tenant_id = ? AND run_id = ? ORDER BY record_no",
                (rs, n) -> new Rejection(rs.getLong(1), rs.getString(2)), scope.tenantId().value(), id);
    }

    private static final String RUN_COLUMNS =
            "id, channel, format, source_name, started_at, finished_at, accepted, duplicates, rejected, first_seq, last_seq, status, started_by";

    private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject(6, OffsetDateTime.class);
        return new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getObject(10, Long.class), rs.getObject(11, Long.class), rs.getString(12), rs.getString(13));
    }

    private UUID begin(TenantScope scope, Request request) {
        scope.require(Permission.EDIT);
        parser(scope.tenantId(), request); // refuse an unknown format or mapping before anything is recorded
        UUID run = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO accesslog.ingest_run (id, tenant_id, channel, format, source_name, started_at, updated_at, accepted, duplicates,
                    rejected, status, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'RUNNING', ?)""", run, scope.tenantId().value(),
                request.channel().name(), request.format(), request.sourceName(), utc(clock.instant()), utc(clock.instant()),
                accounts.summary(scope.accountId()).email());
        return run;
    }

    private EventParser parser(TenantId tenant, Request request) {
        try {
            return EventParsers.create(request.format(), options(tenant, request));
        } catch (IngestFailure | IllegalArgumentException e) {
            throw new io.safeguard.shared.BusinessRuleViolation("accesslog.format", e instanceof IngestFailure f ? f.reason() : e.getMessage());
        }
    }

    private Report process(TenantScope scope, UUID run, Request request, InputStream input, @Nullable LongConsumer progress) {
        TenantId tenant = scope.tenantId();
        EventParser parser = parser(tenant, request);
        var pipeline = new IngestPipeline(tenant, run, progress, ledger, deduplication, jdbc, transactions, clock, BATCH, KEPT_REJECTIONS);
        String failure;
        try {
            failure = pipeline.run(parser, input);
        } catch (RuntimeException e) { // a write failed: what was committed stays, the run says it stopped
            jdbc.update("UPDATE accesslog.ingest_run SET status = 'FAILED', finished_at = ?, updated_at = ?, accepted = ?, duplicates = ?, rejected = ? WHERE id = ?",
                    utc(clock.instant()), utc(clock.instant()), pipeline.accepted(), pipeline.duplicates(), pipeline.rejected(), run);
            throw e;
        }
        String status = failure == null ? "DONE" : "FAILED";
        jdbc.update("""
                UPDATE accesslog.ingest_run SET finished_at = ?, updated_at = ?, accepted = ?, duplicates = ?, rejected = ?, first_seq = ?,
                    last_seq = ?, status = ? WHERE id = ?""", utc(clock.instant()), utc(clock.instant()), pipeline.accepted(), pipeline.duplicates(), pipeline.rejected(),
                pipeline.firstSeq() < 0 ? null : pipeline.firstSeq(), pipeline.lastSeq() < 0 ? null : pipeline.lastSeq(), status, run);
        transactions.executeWithoutResult(t -> ledger.checkpoint(tenant));
        trail.record(ActivityEntry.of(tenant, "accesslog.ingest", "accesslog-run", run).withDetail("%s %s: %d accepted, %d already stored, %d rejected%s"
                .formatted(request.channel(), request.format(), pipeline.accepted(), pipeline.duplicates(), pipeline.rejected(),
                        failure == null ? "" : " (stopped: " + failure + ")")));
        return new Report(run, pipeline.accepted(), pipeline.duplicates(), pipeline.rejected(), pipeline.kept(), pipeline.firstSeq(),
                pipeline.lastSeq(), status, failure);
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

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

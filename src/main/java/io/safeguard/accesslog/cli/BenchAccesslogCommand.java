package io.safeguard.accesslog.cli;

import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.LedgerReport;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.organization.EntityType;
import io.safeguard.organization.OrganizationProfile;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.SizeCategory;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard accesslog bench}: writes N synthetic access events as a CSV extract, ingests it with the ledger
 * through the same path as the CLI and the API (parse, skip re-delivered, hash, store, tiles, checkpoints), then times
 * inclusion proofs and a full verification, with the peak heap of each. On PostgreSQL it also COPYs the same rows into
 * a plain table shaped like the event table, in the same run, as the baseline the ingest is compared with.
 */
@Command(name = "bench", description = "Benchmark: ingest with the ledger, inclusion proofs, full verification (and a plain COPY on PostgreSQL).")
public class BenchAccesslogCommand implements DatabaseCommand {
    @Option(names = "--events", defaultValue = "1000000", description = "Events to ingest (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--users", defaultValue = "5000", description = "Distinct users (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--patients", defaultValue = "1000000", description = "Distinct patients (default ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--proofs", defaultValue = "1000", description = "Inclusion proofs to time (default ${DEFAULT-VALUE}).")
    int proofs;

    @Option(names = "--warmup", defaultValue = "0", description = "Events ingested untimed into another organization first, so "
            + "the timed ingest runs compiled code as a long-running server does (default ${DEFAULT-VALUE}: measure a cold start).")
    int warmup;

    @Override
    public int run(Beans beans) throws Exception {
        Path file = Files.createTempFile("safeguard-accesslog-bench", ".csv");
        try {
            write(file, events);
            System.out.printf("extract: %,d events, %,d users, %,d patients, %,d MiB%n", events, users, patients, Files.size(file) >> 20);
            DataSource dataSource = beans.get(DataSource.class);
            boolean postgres;
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            }
            double copyRate = 0;
            if (postgres) { // each timed step starts after a checkpoint, so none pays for the writes of the step before
                checkpoint(dataSource);
                copyRate = PlainCopy.run(dataSource, file);
                System.out.printf("baseline: plain PostgreSQL COPY of the same rows into a table shaped like accesslog.event: %,.0f rows/s%n", copyRate);
            }
            if (warmup > 0) {
                Path warm = Files.createTempFile("safeguard-accesslog-warmup", ".csv");
                try {
                    write(warm, warmup);
                    ingest(beans, organization(beans), warm);
                } finally {
                    Files.deleteIfExists(warm);
                }
                System.out.printf("warm-up: %,d events ingested untimed into another organization%n", warmup);
            }
            if (postgres) {
                checkpoint(dataSource);
            }
            var scope = organization(beans);
            resetPeaks();
            long start = System.nanoTime();
            AccessLogIngest.Report report = ingest(beans, scope, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = report.accepted() / seconds;
            System.out.printf("ingest with ledger: %,d events in %.1f s = %,.0f events/s, peak heap %d MiB%s%n", report.accepted(), seconds,
                    rate, peakHeap() >> 20, postgres ? String.format(", %.0f %% of the plain COPY", 100 * rate / copyRate) : "");
            if (report.accepted() != events) {
                System.err.println("the benchmark extract was not fully accepted: " + report.rejected() + " rejected");
                return 1;
            }
            resetPeaks();
            start = System.nanoTime();
            AccessLogIngest.Report again = ingest(beans, scope, file);
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("re-delivery of the same extract: %,d events recognised as already stored in %.1f s = %,.0f events/s, peak heap %d MiB%n",
                    again.duplicates(), seconds, again.duplicates() / seconds, peakHeap() >> 20);
            if (again.accepted() != 0 || again.duplicates() != events) {
                System.err.println("the re-delivered extract was not recognised: " + again.accepted() + " accepted again");
                return 1;
            }
            var ledger = beans.get(AccessLedger.class);
            timeProofs(ledger, scope);
            resetPeaks();
            start = System.nanoTime();
            LedgerReport verified = ledger.verify(scope.tenantId());
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("full verification: %,d events in %.1f s = %,.0f events/s, peak heap %d MiB, %s%n", verified.events(), seconds,
                    verified.events() / seconds, peakHeap() >> 20, verified.intact() ? "intact" : "NOT intact " + verified.problems());
            return verified.intact() ? 0 : 1;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void checkpoint(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (java.sql.SQLException e) { // only superusers and pg_checkpoint members may: measure without it
            System.out.println("(no CHECKPOINT before the timed step: this database role may not run one)");
        }
    }

    private static AccessLogIngest.Report ingest(Beans beans, TenantScope scope, Path file) throws java.io.IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return beans.get(AccessLogIngest.class).ingest(scope, new AccessLogIngest.Request("csv", null, "bench-ehr", "bench.csv",
                    AccessLogIngest.Channel.CLI), in, null);
        }
    }

    private void timeProofs(AccessLedger ledger, TenantScope scope) {
        var random = new Random(7);
        long[] nanos = new long[proofs];
        resetPeaks();
        for (int i = 0; i < proofs; i++) {
            long seq = (long) (random.nextDouble() * events);
            long t = System.nanoTime();
            if (!ledger.inclusion(scope, seq).verified()) {
                throw new IllegalStateException("an inclusion proof did not verify");
            }
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("inclusion proof (generate from tiles, verify, record the read): median %.2f ms, p99 %.2f ms over %,d proofs, peak heap %d MiB%n",
                nanos[proofs / 2] / 1e6, nanos[(int) (proofs * 0.99)] / 1e6, proofs, peakHeap() >> 20);
    }

    private void write(Path file, int events) throws java.io.IOException {
        var random = new Random(42);
        Instant base = Instant.parse("2026-03-02T07:00:00Z");
        String[] departments = {"Cardiology", "Emergency", "Oncology", "Pediatrics", "Radiology", "Billing", "Front desk", "Pharmacy"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write("event_id,occurred_at,user_id,user_role,department,patient_id,encounter_id,action,action_code,workstation,ip,facility,outcome\n");
            for (int i = 0; i < events; i++) {
                int user = random.nextInt(users);
                out.write("ev-" + i + "," + base.plusMillis(i * 86L) + ",u" + user + ",Nurse," + departments[user % departments.length] + ",P"
                        + random.nextInt(patients) + ",CSN" + random.nextInt(patients * 3) + ",R,17,WS" + (user % 800) + ",10.1." + (user % 250)
                        + "." + (user % 200) + ",Main," + "0\n");
            }
        }
    }

    private static TenantScope organization(Beans beans) {
        var accounts = beans.get(AccountAdministration.class);
        var owner = accounts.setupNeeded()
                ? accounts.createFirstOwner("load-test@safeguard.invalid", "Benchmark", "quiet rivers carry heavy stones")
                : accounts.platformAdministrators().getFirst();
        var tenant = beans.get(Organizations.class).create(owner.id(), true, OrganizationProfile.parse("Access Log Benchmark " + Instant.now(),
                EntityType.COVERED_ENTITY, SizeCategory.LARGE, 5000, "OR", "UTC", null, null));
        return new TenantScope(tenant, owner.id(), Role.OWNER);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}

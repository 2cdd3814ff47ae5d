package io.safeguard.accesslog.cli;

import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.LedgerReport;
import io.safeguard.accesslog.ledger.LedgerVerifier;
import io.safeguard.accesslog.ledger.Retention;
import io.safeguard.accesslog.ledger.SegmentReader;
import io.safeguard.accesslog.ledger.VerifierKey;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safeguard accesslog}: the PHI access log from the command line. */
@Command(name = "accesslog", description = "PHI access log: ingest, verify the ledger, export segments, expire.",
        subcommands = {AccesslogCommand.Ingest.class, AccesslogCommand.Verify.class, AccesslogCommand.ExportSegment.class,
                AccesslogCommand.Expire.class, DetectCommand.class, GenerateCommand.class, BenchAccesslogCommand.class,
                BenchDetectionsCommand.class})
public class AccesslogCommand {

    /** Exit codes: 0 all records accepted or already stored, 2 some rejected or the input stopped early. */
    @Command(name = "ingest", description = "Ingest an access-log file into an organization's ledger (idempotent: re-delivery adds nothing).")
    static class Ingest implements DatabaseCommand {
        @Parameters(index = "0", description = "The file to read ('-' for standard input).")
        String file;

        @Option(names = "--tenant", required = true, description = "The organization's id.")
        String tenant;

        @Option(names = "--as", required = true, description = "E-mail of a member who may edit (the ingest is recorded for it).")
        String account;

        @Option(names = "--format", defaultValue = "csv", description = "csv, tsv, psv, jsonl, fhir or fhir-ndjson (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--mapping", description = "Column mapping of a delimited file: generic (default) or epic-access-log.")
        @Nullable String mapping;

        @Option(names = "--source", description = "The source system's name (the first half of each event's identity).")
        @Nullable String source;

        @Override
        public int run(Beans beans) throws Exception {
            var scope = Members.scope(beans, tenant, account);
            var request = new AccessLogIngest.Request(format, mapping, source, "-".equals(file) ? "stdin" : Path.of(file).getFileName().toString(),
                    AccessLogIngest.Channel.CLI);
            long started = System.nanoTime();
            AccessLogIngest.Report report;
            try (InputStream in = "-".equals(file) ? System.in : new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
                report = beans.get(AccessLogIngest.class).ingest(scope, request, in,
                        n -> System.err.printf("\r%,d records read", n));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.println();
            System.out.printf("%,d accepted, %,d already stored, %,d rejected in %.1f s (%,.0f records/s)%n", report.accepted(),
                    report.duplicates(), report.rejected(), seconds, (report.accepted() + report.duplicates()) / Math.max(seconds, 1e-9));
            if (report.accepted() > 0) {
                System.out.printf("Ledger positions %d to %d%n", report.firstSeq(), report.lastSeq());
            }
            report.rejections().stream().limit(20).forEach(r -> System.out.println("  record " + r.recordNumber() + ": " + r.reason()));
            if (report.rejected() > 20) {
                System.out.println("  ... " + (report.rejected() - 20) + " more rejected records (see the ingest run in the web pages)");
            }
            if (report.failure() != null) {
                System.out.println("Stopped: " + report.failure());
            }
            return report.rejected() == 0 && report.failure() == null ? 0 : 2;
        }
    }

    /** Exit codes: 0 intact, 2 tampering or loss found. */
    @Command(name = "verify", description = "Verify an organization's ledger (--tenant) or an exported segment offline (--segment with --vkey).")
    static class Verify implements Callable<Integer>, DatabaseCommand {
        @Option(names = "--tenant", description = "The organization whose stored ledger to verify.")
        @Nullable String tenant;

        @Option(names = "--segment", description = "A segment file written by 'accesslog export-segment'.")
        @Nullable Path segment;

        @Option(names = "--vkey", description = "The trusted verifier key (from the ledger page, kept apart from the server).")
        @Nullable String vkey;

        @Option(names = "--origin", description = "The ledger's origin line (safeguard.accesslog/<organization id>).")
        @Nullable String origin;

        @Override
        public boolean needsDatabase() {
            return segment == null;
        }

        @Override
        public Integer call() throws Exception {
            if (segment == null || vkey == null || origin == null) {
                throw new IllegalArgumentException("offline verification needs --segment, --vkey and --origin");
            }
            try (var reader = SegmentReader.open(new BufferedInputStream(Files.newInputStream(segment)))) {
                return print(new LedgerVerifier(VerifierKey.parse(vkey), origin).verify(reader));
            }
        }

        @Override
        public int run(Beans beans) {
            if (tenant == null) {
                throw new IllegalArgumentException("give --tenant, or --segment with --vkey and --origin");
            }
            long started = System.nanoTime();
            LedgerReport report = beans.get(AccessLedger.class).verify(TenantId.parse(tenant));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%,d events verified in %.1f s (%,.0f events/s)%n", report.events(), seconds, report.events() / Math.max(seconds, 1e-9));
            return print(report);
        }

        static int print(LedgerReport report) {
            System.out.println((report.intact() ? "Ledger intact: " : "Ledger NOT intact: ") + report.events() + " events, "
                    + report.checkpointsChecked() + " signed checkpoints checked");
            report.problems().forEach(p -> System.out.println("  - " + p));
            return report.intact() ? 0 : 2;
        }
    }

    @Command(name = "export-segment", description = "Write events [from, to) with the signed checkpoints, for verification elsewhere.")
    static class ExportSegment implements DatabaseCommand {
        @Option(names = "--tenant", required = true)
        String tenant;

        @Option(names = "--as", required = true, description = "E-mail of a member (the export is recorded for it).")
        String account;

        @Option(names = "--from", defaultValue = "0")
        long from;

        @Option(names = "--to", defaultValue = "9223372036854775807")
        long to;

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public int run(Beans beans) throws Exception {
            var scope = Members.scope(beans, tenant, account);
            var ledger = beans.get(AccessLedger.class);
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                ledger.exportSegment(scope, from, to, stream);
            }
            System.out.println("Wrote " + out.toAbsolutePath());
            System.out.println("Verify it with: safeguard accesslog verify --segment " + out + " --vkey " + ledger.verifierKey()
                    + " --origin " + AccessLedger.origin(scope.tenantId()));
            return 0;
        }
    }

    @Command(name = "expire", description = "Clear the payload of events past retention (legal holds kept); the ledger still verifies.")
    static class Expire implements DatabaseCommand {
        @Option(names = "--tenant", required = true)
        String tenant;

        @Override
        public int run(Beans beans) {
            var run = beans.get(Retention.class).expire(TenantId.parse(tenant));
            System.out.printf("Events before %s: %,d expired, %,d kept under legal hold%n", run.cutoff(), run.expired(), run.held());
            return 0;
        }
    }
}

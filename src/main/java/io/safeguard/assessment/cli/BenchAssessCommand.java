package io.safeguard.assessment.cli;

import io.safeguard.assessment.Assessment;
import io.safeguard.assessment.Assessments;
import io.safeguard.imports.cli.BenchSetup;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantScope;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard bench-assess}: builds a large organization through the CSV imports (workforce, access grants,
 * assets, vendors) and times a full assessment of every catalog row: one warm-up, then the median of the runs.
 * Run it on an empty data folder.
 */
@Command(name = "bench-assess", description = "Benchmark: assess a generated large organization.")
public class BenchAssessCommand implements DatabaseCommand {
    @Option(names = "--workforce", defaultValue = "5000") int workforce;
    @Option(names = "--assets", defaultValue = "2000") int assets;
    @Option(names = "--vendors", defaultValue = "500") int vendors;
    @Option(names = "--grants", defaultValue = "50000") int grants;
    @Option(names = "--runs", defaultValue = "7") int runs;

    @Override
    public int run(Beans beans) throws Exception {
        var owner = BenchSetup.owner(beans);
        var scope = BenchSetup.organization(beans, owner, "Assessment Benchmark Health", workforce);
        var tenant = scope.tenantId();
        Path folder = Files.createTempDirectory("safeguard-bench-assess");
        long seeded = System.nanoTime();
        LocalDate hire = LocalDate.of(2015, 1, 5);
        importRows(beans, scope, "workforce", folder.resolve("roster.csv"),
                "Employee ID,Name,Hire Date,Termination Date,PHI Access", workforce,
                i -> "E" + i + ",Person " + i + "," + hire.plusDays(i % 3000) + "," + (i % 25 == 0 ? hire.plusDays(3000 + i % 300) : "") + ",yes");
        importRows(beans, scope, "access-grants", folder.resolve("grants.csv"), "Employee ID,System,Account,Granted", grants,
                i -> "E" + (i % workforce) + ",System " + (i / workforce) + ",u" + (i % workforce) + "," + hire.plusDays(i % 3000));
        String[] types = {"workstation", "laptop", "server", "mobile device", "medical device"};
        importRows(beans, scope, "assets", folder.resolve("assets.csv"), "Asset name,Type,Holds or moves ePHI,Encrypted at rest,Audit logging on,Backup",
                assets, i -> "asset-" + i + "," + types[i % types.length] + ",yes," + (i % 9 == 0 ? "no" : "yes") + "," + (i % 7 == 0 ? "no" : "yes") + ",offsite");
        importRows(beans, scope, "vendors", folder.resolve("vendors.csv"), "Vendor name,Kind of vendor,Receives PHI", vendors,
                i -> "Vendor " + i + ",Other software service," + (i % 2 == 0 ? "yes" : "no"));
        System.out.printf("organization: %d workforce, %d access grants, %d assets, %d vendors imported in %.1f s%n", workforce, grants,
                assets, vendors, (System.nanoTime() - seeded) / 1e9);
        var assessments = beans.get(Assessments.class);
        LocalDate today = assessments.today(tenant);
        Assessment result = assessments.evaluate(scope, today);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = assessments.evaluate(scope, today);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("assessment of %d rows: median %.1f ms (min %.1f, max %.1f over %d runs); score %.1f%n",
                result.findings().size(), ms[runs / 2], ms[0], ms[runs - 1], runs, result.score());
        return 0;
    }

    private static void importRows(Beans beans, TenantScope scope, String kind, Path file, String header, int count,
            java.util.function.IntFunction<String> row) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header + "\n");
            for (int i = 0; i < count; i++) {
                out.write(row.apply(i) + "\n");
            }
        }
        var report = BenchSetup.importFile(beans, scope, kind, file);
        if (!report.ok()) {
            throw new IllegalStateException(kind + " import failed: " + report.problems() + " " + report.errors().stream().limit(3).toList());
        }
        Files.delete(file);
    }
}

package io.safeguard.risk.cli;

import io.safeguard.inventory.Inventory;
import io.safeguard.risk.Analysis;
import io.safeguard.risk.AnalysisDocument;
import io.safeguard.risk.MeasureStatus;
import io.safeguard.risk.RegisterFilter;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskDetails;
import io.safeguard.risk.RiskLevel;
import io.safeguard.risk.RiskReports;
import io.safeguard.risk.RiskTarget;
import io.safeguard.risk.Risks;
import io.safeguard.risk.Strategy;
import io.safeguard.risk.TargetKind;
import io.safeguard.risk.Treatment;
import io.safeguard.imports.cli.BenchSetup;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantScope;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard bench-risk}: builds an organization with N assets and M risks (a fifth of them treated with a
 * planned measure), then times the register view, the analysis document, the HTML report and the PDF report, beside
 * a baseline organization a tenth of the size measured in the same run. Run it on an empty data folder.
 */
@Command(name = "bench-risk", description = "Benchmark: register view and risk analysis report for N assets and M risks.")
public class BenchRiskCommand implements DatabaseCommand {
    @Option(names = "--assets", defaultValue = "2000", description = "Assets (default ${DEFAULT-VALUE}).")
    int assets;

    @Option(names = "--risks", defaultValue = "10000", description = "Risks (default ${DEFAULT-VALUE}).")
    int risks;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each step after one warm-up (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public int run(Beans beans) throws Exception {
        var owner = BenchSetup.owner(beans);
        for (int scale : new int[] {10, 1}) {
            int a = Math.max(1, assets / scale);
            int r = Math.max(1, risks / scale);
            var scope = BenchSetup.organization(beans, owner, "Risk Benchmark " + a, 500);
            long seeded = System.nanoTime();
            seed(beans, scope, a, r);
            System.out.printf("%s: %d assets, %d risks seeded in %.1f s%n", scale == 1 ? "target" : "baseline", a, r,
                    (System.nanoTime() - seeded) / 1e9);
            var register = beans.get(Risks.class);
            var analyses = beans.get(RiskAnalyses.class);
            var reports = beans.get(RiskReports.class);
            Analysis analysis = analyses.start(scope, "Benchmark analysis");
            time("register view (all risks, both heat maps)", () -> register.register(scope, RegisterFilter.ALL).rows().size());
            time("register view filtered (High and above)", () -> register.register(scope,
                    new RegisterFilter(RiskLevel.HIGH, null, null, null, false, false)).rows().size());
            time("analysis document (scope, coverage, completeness)", () -> analyses.document(scope, analysis.id()).risks().size());
            AnalysisDocument doc = analyses.document(scope, analysis.id());
            time("report HTML", () -> reports.html(doc).length() / 1024);
            time("report PDF", () -> reports.pdf(doc).length / 1024);
        }
        return 0;
    }

    /** Prints the median of the timed runs (after a warm-up) and the size the step produced (rows or KiB). */
    private void time(String step, Supplier<Integer> work) {
        work.get();
        double[] seconds = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = work.get();
            seconds[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(seconds);
        System.out.printf("  %-52s median %8.1f ms  (min %.1f, max %.1f; result %d)%n", step, seconds[runs / 2], seconds[0],
                seconds[runs - 1], size);
    }

    private static void seed(Beans beans, TenantScope scope, int assets, int risks) throws Exception {
        Path csv = Files.createTempFile("safeguard-bench-assets", ".csv");
        String[] types = {"workstation", "laptop", "server", "mobile device", "medical device"};
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Asset name,Type,Holds or moves ePHI,Encrypted at rest,Location,Audit logging on,Backup\n");
            for (int i = 0; i < assets; i++) {
                out.write("asset-" + i + "," + types[i % types.length] + ",yes," + (i % 7 == 0 ? "no" : "yes") + ",Site "
                        + (i % 12) + "," + (i % 5 == 0 ? "no" : "yes") + ",offsite\n");
            }
        }
        if (!BenchSetup.importFile(beans, scope, "assets", csv).ok()) {
            throw new IllegalStateException("the benchmark's asset import failed");
        }
        Files.delete(csv);
        var inventory = beans.get(Inventory.class).assets(scope);
        String[][] pairs = {{"theft-loss", "unencrypted-endpoint"}, {"ransomware", "no-offline-backup"},
                {"external-intrusion", "unsupported-os"}, {"insider-misuse", "no-audit-logging"}, {"phishing", "untrained-workforce"}};
        List<RiskDetails> details = new ArrayList<>();
        for (int i = 0; i < risks; i++) {
            var asset = inventory.get(i % inventory.size());
            String[] pair = pairs[i % pairs.length];
            details.add(new RiskDetails(new RiskTarget(TargetKind.ASSET, asset.id().toString(), asset.name()), pair[0],
                    "Threat " + pair[0], pair[1], "Vulnerability " + pair[1] + " on " + asset.name(), "Current measures " + i,
                    1 + i % 5, 1 + (i / 5) % 5));
        }
        var register = beans.get(Risks.class);
        var added = register.addAll(scope, details);
        for (int i = 0; i < added.size(); i += 5) {
            var risk = added.get(i);
            register.treat(scope, risk.id(), new Treatment(Strategy.MITIGATE, 1, 2, null, null, null, register.today(scope.tenantId())));
            var planned = register.addMeasure(scope, risk.id(), "Planned measure for " + risk.code(), "IT",
                    register.today(scope.tenantId()).plusDays(i % 200), null, null);
            if (i % 10 == 0) {
                register.progress(scope, planned.measures().getFirst().id(), MeasureStatus.IN_PROGRESS, "Started", null);
            }
        }
    }
}

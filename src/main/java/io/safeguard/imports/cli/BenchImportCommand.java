package io.safeguard.imports.cli;

import io.safeguard.imports.ImportReport;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.Role;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard bench-import}: generates a large organization's roster and access-grant CSV files and imports them
 * through the same path as the pages, printing wall time and peak heap. Run it on an empty data folder.
 */
@Command(name = "bench-import", description = "Benchmark: import N workforce rows and M access grants into a new organization.")
public class BenchImportCommand implements DatabaseCommand {
    @Option(names = "--workforce", defaultValue = "5000", description = "Roster rows (default ${DEFAULT-VALUE}).")
    int workforce;

    @Option(names = "--grants", defaultValue = "50000", description = "Access-grant rows (default ${DEFAULT-VALUE}).")
    int grants;

    @Option(names = "--runs", defaultValue = "3", description = "Import runs into fresh organizations (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public int run(Beans beans) throws Exception {
        var owner = BenchSetup.owner(beans);
        Path folder = Files.createTempDirectory("safeguard-bench");
        Path roster = folder.resolve("roster.csv");
        Path access = folder.resolve("grants.csv");
        write(roster, access);
        System.out.printf("files: roster %d rows (%d KiB), grants %d rows (%d KiB)%n", workforce, Files.size(roster) / 1024,
                grants, Files.size(access) / 1024);
        for (int run = 1; run <= runs; run++) {
            var scope = BenchSetup.organization(beans, owner, "Benchmark Health " + run, workforce);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            ImportReport first = BenchSetup.importFile(beans, scope, "workforce", roster);
            long rosterDone = System.nanoTime();
            ImportReport second = BenchSetup.importFile(beans, scope, "access-grants", access);
            long end = System.nanoTime();
            long peak = peakHeap();
            ImportReport again = BenchSetup.importFile(beans, scope, "access-grants", access);
            long repeat = System.nanoTime() - end;
            if (!first.ok() || !second.ok() || again.result().unchanged() != grants) {
                System.err.println("benchmark import failed: " + first.problems() + second.problems() + second.errors().size());
                return 1;
            }
            System.out.printf("run %d: roster %d rows %.2f s, grants %d rows %.2f s, total %.2f s, peak heap %d MiB; "
                            + "re-import of grants (all unchanged) %.2f s%n", run, workforce, (rosterDone - start) / 1e9, grants,
                    (end - rosterDone) / 1e9, (end - start) / 1e9, peak / (1024 * 1024), repeat / 1e9);
        }
        return 0;
    }

    private void write(Path roster, Path access) throws Exception {
        LocalDate hire = LocalDate.of(2015, 1, 5);
        String[] systems = {"EHR", "Microsoft 365", "PACS", "Billing", "Lab portal", "VPN", "Fax", "Scheduling", "HR portal", "Pharmacy"};
        try (BufferedWriter out = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            out.write("Employee ID,Name,E-mail,Job Title,Department,Hire Date,Termination Date,PHI Access\n");
            for (int i = 0; i < workforce; i++) {
                String term = i % 20 == 0 ? hire.plusDays(3000 + i % 300).toString() : "";
                out.write("E" + i + ",Person " + i + ",person" + i + "@bench.invalid,Nurse,Dept " + (i % 40) + ","
                        + hire.plusDays(i % 3000) + "," + term + "," + (i % 10 == 0 ? "no" : "yes") + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(access, StandardCharsets.UTF_8)) {
            out.write("Employee ID,System,Account,Role,Granted,Revoked\n");
            for (int i = 0; i < grants; i++) {
                int member = i % workforce;
                int system = i / workforce;
                out.write("E" + member + "," + systems[system % systems.length] + (system >= systems.length ? " " + system : "")
                        + ",u" + member + "," + "user," + hire.plusDays(member % 3000) + ",\n");
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}

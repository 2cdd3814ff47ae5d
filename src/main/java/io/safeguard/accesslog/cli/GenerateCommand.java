package io.safeguard.accesslog.cli;

import io.safeguard.accesslog.detection.synthetic.SyntheticLog;
import io.safeguard.accesslog.detection.synthetic.SyntheticLogFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard accesslog generate}: a realistic synthetic access log with planted snooping cases and their ground
 * truth, as CSV files (events in the generic mapping, staff, patients, care links, ground truth). No database.
 */
@Command(name = "generate", description = "Write a synthetic access log with planted cases and their ground truth (CSV files).")
class GenerateCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "1000000", description = "Events (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--workforce", defaultValue = "500", description = "Workforce members (default ${DEFAULT-VALUE}).")
    int workforce;

    @Option(names = "--patients", defaultValue = "100000", description = "Patients (default ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "The folder to write.")
    Path out;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        var log = SyntheticLog.generate(SyntheticLog.Spec.of(events, workforce, patients).withSeed(seed));
        var written = SyntheticLogFiles.write(log, out);
        System.out.printf("Wrote %,d events over %d days, %,d staff, %,d patients, %,d care links and %,d planted cases to %s in %.1f s%n",
                written.events(), log.days(), written.staff(), written.patients(), written.careLinks(), written.cases(), out.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}

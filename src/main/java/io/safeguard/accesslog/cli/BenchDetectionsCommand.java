package io.safeguard.accesslog.cli;

import io.safeguard.accesslog.detection.DetectionBenchmark;
import io.safeguard.accesslog.detection.synthetic.SyntheticLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard accesslog bench-detections}: generates a synthetic log in memory and runs every detection over it,
 * printing generation and detection speed, peak heap, counts per rule before and after the explanation filter, and
 * precision and recall per rule against the planted ground truth. No database.
 */
@Command(name = "bench-detections", description = "Benchmark: detections over a synthetic log, with precision and recall per rule.")
class BenchDetectionsCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "10000000", description = "Events (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--workforce", defaultValue = "5000", description = "Workforce members (default ${DEFAULT-VALUE}).")
    int workforce;

    @Option(names = "--patients", defaultValue = "1000000", description = "Patients (default ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        var result = DetectionBenchmark.run(SyntheticLog.Spec.of(events, workforce, patients).withSeed(seed));
        System.out.print(result.report());
        return 0;
    }
}

package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.detection.synthetic.SyntheticLog;

/**
 * Runs {@link DetectionBenchmark} from the test classpath: {@code java ... DetectionBench [events] [workforce]
 * [patients] [seed]} (defaults 10,000,000 events, 5,000 staff, 1,000,000 patients, seed 42).
 */
final class DetectionBench {
    private DetectionBench() {}

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int workforce = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int patients = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        var result = DetectionBenchmark.run(SyntheticLog.Spec.of(events, workforce, patients).withSeed(seed));
        System.out.print(result.report());
    }
}

package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.StoredEvent;
import io.safeguard.accesslog.detection.synthetic.EventColumns;
import io.safeguard.accesslog.detection.synthetic.SyntheticLog;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.Locale;

/**
 * Times the detections on a synthetic log, each phase apart: planning the log, expanding its events once into compact
 * columns (the generation), building the reference data, replaying the events without detection (what reading them
 * costs), and the detection pass over the replay. Peak heap is the sum of the heap pools' peaks during the detection
 * pass (an upper bound: it includes garbage not yet collected, the replay columns and the reference data).
 */
public final class DetectionBenchmark {
    private static final long FULL_EVENTS_TIMED = 1_000_000;
    /** Where timed loops leave a value, so that the compiler cannot drop them. */
    private static volatile long sink;

    /**
     * @param planSeconds roster, population, the simulated days' plan and the planted cases
     * @param columnsSeconds expanding the events once, in time order, into columns
     * @param fullEventsPerSecond the generator's own iterator (AccessEvent, CSV line and its SHA-256) on the first
     *     million events, timed on a second pass
     * @param sourcesSeconds generating the patient and care-link records the reference data reads (part of
     *     referenceSeconds)
     * @param referenceHeapBytes heap retained by the reference data, measured after a full collection
     * @param replaySeconds reading the replayed events without detecting anything
     * @param detectionSeconds the detection pass over the replay, reading included, and the verdicts
     * @param peakHeapBytes sum of the heap pools' peaks during the detection pass
     */
    public record Result(SyntheticLog.Spec spec, int days, long staff, long patients, long careLinks, double planSeconds,
            double columnsSeconds, double fullEventsPerSecond, double sourcesSeconds, double referenceSeconds, long referenceIndexBytes,
            long referenceHeapBytes, double replaySeconds, double detectionSeconds, long peakHeapBytes, long gcCount,
            long gcMillis, DetectionRun run, Evaluation evaluation, long decoysAlerted) {

        public double generationEventsPerSecond() {
            return spec.events() / columnsSeconds;
        }

        public double detectionEventsPerSecond() {
            return spec.events() / detectionSeconds;
        }

        public String report() {
            var text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "events %,d  staff %,d  patients %,d  care links %,d  days %d%n",
                    spec.events(), staff, patients, careLinks, days));
            text.append(String.format(Locale.ROOT, "plan (roster, population, care plan, plants)  %8.2f s%n", planSeconds));
            text.append(String.format(Locale.ROOT, "generation into columns                       %8.2f s  %,12.0f events/s%n",
                    columnsSeconds, generationEventsPerSecond()));
            text.append(String.format(Locale.ROOT, "generator iterator with CSV line and SHA-256                %,12.0f events/s%n",
                    fullEventsPerSecond));
            text.append(String.format(Locale.ROOT, "reference data                                %8.2f s  index %,d MiB, retained %,d MiB%n",
                    referenceSeconds, referenceIndexBytes >> 20, referenceHeapBytes >> 20));
            text.append(String.format(Locale.ROOT, "  of which generating its source records      %8.2f s%n", sourcesSeconds));
            text.append(String.format(Locale.ROOT, "replay only (reading the events)              %8.2f s  %,12.0f events/s%n",
                    replaySeconds, spec.events() / replaySeconds));
            text.append(String.format(Locale.ROOT, "detection (reading included)                  %8.2f s  %,12.0f events/s%n",
                    detectionSeconds, detectionEventsPerSecond()));
            text.append(String.format(Locale.ROOT, "peak heap during detection %,d MiB; %d collections, %,d ms%n",
                    peakHeapBytes >> 20, gcCount, gcMillis));
            text.append(String.format(Locale.ROOT, "explained accesses %.1f %%; alerts %,d; decoys alerted %d%n",
                    100 * run.explainedAccessShare(), run.alerts().size(), decoysAlerted));
            text.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %8s%n", "rule", "hits", "explained", "share", "alerts"));
            for (Rule rule : Rule.values()) {
                RuleCount c = run.counts().get(rule);
                text.append(String.format(Locale.ROOT, "%-16s %8d %8d %7.1f%% %8d%n", rule, c.hitsBeforeFilter(),
                        c.explainedAway(), 100 * c.explainedShare(), c.alerts()));
            }
            return text.append(evaluation.table()).toString();
        }
    }

    private DetectionBenchmark() {}

    public static Result run(SyntheticLog.Spec spec) {
        long t0 = System.nanoTime();
        SyntheticLog log = SyntheticLog.generate(spec);
        double plan = seconds(t0);

        t0 = System.nanoTime();
        EventColumns columns = log.columns();
        double generation = seconds(t0);

        long timed = Math.min(spec.events(), FULL_EVENTS_TIMED);
        long checksum = 0;
        for (int round = 0; round < 2; round++) {
            // The first round warms the code up; the second is timed.
            t0 = System.nanoTime();
            Iterator<StoredEvent> full = log.events();
            for (long i = 0; i < timed && full.hasNext(); i++) {
                checksum += full.next().event().rawSha256().charAt(7);
            }
        }
        double fullRate = timed / seconds(t0);

        t0 = System.nanoTime();
        long records = 0;
        for (var patient : log.patients()) {
            records += patient.patientId().length() > 0 ? 1 : 0;
        }
        for (var link : log.careLinks()) {
            records += link.patientId().length() > 0 ? 1 : 0;
        }
        double sources = seconds(t0);

        long before = usedHeapAfterCollection();
        t0 = System.nanoTime();
        ReferenceData reference = ReferenceData.of(log.staff(), log.patients(), log.careLinks());
        double referenceTime = seconds(t0);
        long referenceHeap = usedHeapAfterCollection() - before;

        t0 = System.nanoTime();
        for (Iterator<StoredEvent> replay = columns.iterator(); replay.hasNext(); ) {
            checksum += replay.next().event().patientId().length();
        }
        double replay = seconds(t0);

        usedHeapAfterCollection();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] gcBefore = gc();
        t0 = System.nanoTime();
        DetectionRun run = new Detector(reference, DetectionSettings.defaults(spec.zone())).run(columns.iterator());
        double detection = seconds(t0);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long[] gcAfter = gc();

        var evaluation = Evaluation.of(log.groundTruth(), run.alerts());
        var decoys = log.decoys();
        long decoysAlerted = run.alerts().stream().filter(a -> decoys.contains(a.key())).count();
        sink = checksum + records;
        return new Result(spec, log.days(), reference.staffCount(), reference.patientCount(), reference.linkCount(), plan,
                generation, fullRate, sources, referenceTime, reference.indexBytes(), referenceHeap, replay, detection, peak,
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], run, evaluation, decoysAlerted);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}

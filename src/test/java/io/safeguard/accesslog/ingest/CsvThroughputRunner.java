package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the CSV path (generic mapping, one thread): writes a file of 1,000,000 generic-layout lines with distinct
 * users, patients and times, then parses it several times and prints lines per second; with a third argument {@code
 * jsonl} it does the same for JSON lines with the same content. Not a test (timing on a shared machine is no pass/fail
 * criterion); run it with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.safeguard.accesslog.ingest.CsvThroughputRunner [lines] [runs] [csv|jsonl]}.
 */
public final class CsvThroughputRunner {
    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean jsonl = args.length > 2 && args[2].equals("jsonl");
        Path file = Files.createTempFile("generic-access-log", jsonl ? ".jsonl" : ".csv");
        try {
            write(file, lines, jsonl);
            System.out.printf("file: %,d lines, %,d bytes%n", lines, Files.size(file));
            EventParser parser = jsonl ? new JsonLinesEventParser(ParserOptions.defaults())
                    : new CsvEventParser(CsvMapping.builtIn(CsvMapping.GENERIC), ',', ParserOptions.defaults());
            for (int run = 1; run <= runs; run++) {
                var sink = new CountingSink();
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    parser.parse(in, sink);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %,d events, %,d rejected, %.2f s, %,.0f lines/s%n", run, sink.events, sink.rejected,
                        seconds, lines / seconds);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int lines, boolean jsonl) throws IOException {
        String[] names = IngestFixtures.GENERIC_HEADER.split(",");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (!jsonl) {
                out.write(IngestFixtures.GENERIC_HEADER);
                out.write('\n');
            }
            long base = java.time.Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();
            String[] actions = {"R", "R", "R", "U", "C"};
            for (int i = 0; i < lines; i++) {
                String time = java.time.Instant.ofEpochSecond(base + i / 10, (i % 10) * 100_000_000L).toString();
                String[] values = {"evt-" + i, time, time, "u" + (i % 15_000), "Reyes, Dana", "RN", "Cardiology",
                        "P-" + (i * 7919 % 400_000), "CSN-" + (i % 90_000), actions[i % 5], "chart-review", "Patient", "P-" + i,
                        "WS-" + (i % 3000), "10.1." + (i % 250) + "." + (i % 199), "Riverside", "0", "TREAT"};
                var line = new StringBuilder(jsonl ? "{" : "");
                for (int k = 0; k < values.length; k++) {
                    if (jsonl) {
                        line.append(k == 0 ? "" : ",").append('"').append(names[k]).append("\":\"").append(values[k]).append('"');
                    } else {
                        line.append(k == 0 ? "" : ",").append(values[k].contains(",") ? '"' + values[k] + '"' : values[k]);
                    }
                }
                out.write(line.append(jsonl ? "}\n" : "\n").toString());
            }
        }
    }

    private static final class CountingSink implements RecordSink {
        long events;
        long rejected;

        @Override
        public void accept(AccessEvent event) {
            events++;
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
        }
    }
}

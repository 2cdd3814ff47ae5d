package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.Deduplication;
import io.safeguard.accesslog.ledger.PreparedBatch;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One ingest run as a two-stage pipeline: a reader thread parses the input, collects good records into batches and
 * prepares each (canonical bytes, leaf hashes, fingerprints); the calling thread commits the batches one by one (skip
 * what is stored, append the rest to the ledger). Reading the next batch overlaps writing the previous one; at most two
 * prepared batches wait in between, so memory stays bounded. A failed write stops the reader.
 */
final class IngestPipeline {
    private static final Object END = new Object();
    private final TenantId tenant;
    private final UUID run;
    private final @Nullable LongConsumer progress;
    private final AccessLedger ledger;
    private final Deduplication deduplication;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final int keptRejections;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final List<Rejection> kept = new ArrayList<>();
    private final AtomicLong rejected = new AtomicLong();
    private final java.time.Clock clock;
    private volatile boolean stopped;
    private long accepted;
    private long duplicates;
    private long firstSeq = -1;
    private long lastSeq = -1;

    IngestPipeline(TenantId tenant, UUID run, @Nullable LongConsumer progress, AccessLedger ledger, Deduplication deduplication, JdbcTemplate jdbc,
            TransactionTemplate transactions, java.time.Clock clock, int batchSize, int keptRejections) {
        this.tenant = tenant;
        this.run = run;
        this.progress = progress;
        this.ledger = ledger;
        this.deduplication = deduplication;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.keptRejections = keptRejections;
    }

    /** Runs to the end of the input; returns why it stopped early, or null. */
    @Nullable String run(EventParser parser, InputStream input) {
        Thread heartbeat = Thread.ofVirtual().name("accesslog-heartbeat-" + run).start(this::signsOfLife);
        try {
            return runToEnd(parser, input);
        } finally {
            heartbeat.interrupt();
        }
    }

    /**
     * A slow source (a trickling API stream) may take long between batches: the run says it is alive every few minutes,
     * so it is not closed as abandoned ({@link AbandonedRuns}).
     */
    private void signsOfLife() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(HEARTBEAT.toMillis());
                jdbc.update("UPDATE accesslog.ingest_run SET updated_at = ? WHERE id = ? AND status = 'RUNNING'",
                        clock.instant().atOffset(java.time.ZoneOffset.UTC), run);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run ended
        } catch (RuntimeException e) {
            // the database is away: the run's own writes will fail and say so
        }
    }

    static final java.time.Duration HEARTBEAT = java.time.Duration.ofMinutes(5);

    private @Nullable String runToEnd(EventParser parser, InputStream input) {
        String[] failure = new String[1];
        Thread reader = Thread.ofPlatform().name("accesslog-reader-" + run).daemon().start(() -> {
            var sink = new Sink();
            try {
                parser.parse(input, sink);
            } catch (IngestFailure e) {
                failure[0] = e.reason();
            } catch (IOException e) {
                failure[0] = "the input could not be read to its end";
            } catch (Stopped e) {
                // the writer failed; its exception is reported by the calling thread
            } catch (RuntimeException | Error e) { // an Error too: the writer must still hear the end
                failure[0] = "the input could not be read: " + e.getClass().getSimpleName();
            }
            try {
                if (!stopped) {
                    sink.hand();
                }
            } catch (Stopped e) {
                return;
            } finally {
                if (!stopped) {
                    put(END);
                }
            }
        });
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    break;
                }
                write((PreparedBatch) next);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            throw new IllegalStateException("ingest interrupted", e);
        } catch (RuntimeException e) {
            stopped = true;
            queue.clear();
            throw e;
        }
        return failure[0];
    }

    private void write(PreparedBatch batch) {
        transactions.executeWithoutResult(t -> {
            var fresh = deduplication.fresh(tenant, batch);
            long freshCount = fresh.size();
            jdbc.update("UPDATE accesslog.ingest_run SET updated_at = ?, status = 'RUNNING', finished_at = NULL, accepted = ?, duplicates = ?, "
                    + "rejected = ? WHERE id = ?",
                    clock.instant().atOffset(java.time.ZoneOffset.UTC), accepted + freshCount,
                    duplicates + batch.size() - freshCount, rejected.get(), run);
            if (freshCount > 0) {
                long first = ledger.append(tenant, fresh);
                firstSeq = firstSeq < 0 ? first : firstSeq;
                lastSeq = first + freshCount - 1;
            }
            accepted += freshCount;
            duplicates += batch.size() - freshCount;
        });
        if (progress != null) {
            progress.accept(accepted + duplicates);
        }
    }

    private void put(Object item) {
        try {
            while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // waiting for the writer
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    long rejected() {
        return rejected.get();
    }

    long firstSeq() {
        return firstSeq;
    }

    long lastSeq() {
        return lastSeq;
    }

    List<Rejection> kept() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /** The reader's side: good records into batches handed over prepared; rejections recorded as they come. */
    private final class Sink implements RecordSink {
        private PreparedBatch.Builder batch = new PreparedBatch.Builder(tenant, batchSize);

        @Override
        public void accept(AccessEvent event) {
            batch.add(event); // encoded at once: the parsed event is garbage before the batch fills
            if (batch.size() >= batchSize) {
                hand();
            }
        }

        @Override
        public void reject(Rejection rejection) {
            rejected.incrementAndGet();
            synchronized (kept) {
                if (kept.size() >= keptRejections) {
                    return;
                }
                kept.add(rejection);
            }
            jdbc.update("INSERT INTO accesslog.rejection (run_id, tenant_id, record_no, reason) VALUES (?, ?, ?, ?)", run, tenant.value(),
                    rejection.recordNumber(), rejection.reason().length() > 1000 ? rejection.reason().substring(0, 1000) : rejection.reason());
        }

        void hand() {
            if (batch.size() == 0) {
                return;
            }
            put(batch.build());
            batch = new PreparedBatch.Builder(tenant, batchSize);
        }
    }

    /** Thrown in the reader when the writer has failed, to stop parsing. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}

package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes ingest runs whose process stopped: a run still RUNNING with no committed batch for {@link #SILENCE} becomes
 * INTERRUPTED (what it committed stays in the ledger and re-delivering the file adds only the rest; a run that was only
 * slow is set DONE or FAILED again when it ends). At startup, uploads left by a stopped server are removed: only this
 * server's background ingests read that folder.
 */
@Component
class AbandonedRuns {
    static final Duration SILENCE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path uploads;

    AbandonedRuns(JdbcTemplate jdbc, Clock clock, @Value("${safeguard.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.uploads = Path.of(dataDir, "accesslog", "uploads");
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() throws IOException {
        close();
        if (Files.isDirectory(uploads)) {
            try (var files = Files.list(uploads)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Closes the silent runs; returns how many. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    int close() {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int closed = jdbc.update("UPDATE accesslog.ingest_run SET status = 'INTERRUPTED', finished_at = ? WHERE status = 'RUNNING' AND updated_at < ?",
                now, now.minus(SILENCE));
        if (closed > 0) {
            log.warn("{} access-log ingest run(s) had committed nothing for {} and were closed as INTERRUPTED", closed, SILENCE);
        }
        return closed;
    }
}

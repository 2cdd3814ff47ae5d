package io.safeguard.accesslog.ledger;

import java.util.List;

/**
 * What {@link LedgerVerifier} found: how many events it read, how many signed checkpoints it compared with the
 * recomputed tree, whether everything matched, and the problems in plain words (at most {@value #MAX_LISTED}, then a
 * count of the rest).
 */
public record LedgerReport(long events, long checkpointsChecked, boolean intact, List<String> problems) {
    public static final int MAX_LISTED = 20;

    public LedgerReport {
        problems = List.copyOf(problems);
    }
}

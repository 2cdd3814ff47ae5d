package io.safeguard.accesslog.ledger;

import java.util.ArrayList;
import java.util.List;

/** Problems found while verifying: the first {@link LedgerReport#MAX_LISTED} in words, the rest only counted. */
final class Problems {
    private final List<String> listed = new ArrayList<>();
    private long count;

    void add(String problem) {
        if (count++ < LedgerReport.MAX_LISTED) {
            listed.add(problem);
        }
    }

    boolean none() {
        return count == 0;
    }

    List<String> words() {
        if (count <= LedgerReport.MAX_LISTED) {
            return listed;
        }
        var all = new ArrayList<>(listed);
        all.add("... and " + (count - LedgerReport.MAX_LISTED) + " more problems");
        return all;
    }
}

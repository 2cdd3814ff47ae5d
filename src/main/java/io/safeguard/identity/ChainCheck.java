package io.safeguard.identity;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the activity trail's hash chain against its stored head. The head is read first and only rows up to it
 * are checked: a row appended while the check runs is neither a gap nor "rows removed from the end", it is simply
 * newer than the state being verified.
 */
final class ChainCheck {
    /** What the check reads: the stored head, then the rows up to a sequence number, in order. */
    interface Source {
        JdbcActivities.Head head();

        void forEachUpTo(long lastSeq, Consumer<ActivityRecord> consumer);

        /** The highest sequence number stored, 0 when the trail is empty. */
        long lastSeq();
    }

    private long expectedSeq = 1;
    private String previousHash = ActivityChain.GENESIS;
    private ChainVerification.@Nullable Broken broken;

    private ChainCheck() {}

    static ChainVerification verify(Source source) {
        JdbcActivities.Head head = source.head();
        var check = new ChainCheck();
        source.forEachUpTo(head.seq(), check::accept);
        ChainVerification result = check.result(head);
        if (result instanceof ChainVerification.Intact) {
            // Every append moves the head in the same transaction, so a row newer than the head read at the start
            // must be covered by the head read now (last row first, then head: an append in between only helps).
            long last = source.lastSeq();
            long headNow = source.head().seq();
            if (last > headNow) {
                return new ChainVerification.Broken(headNow + 1,
                        "row " + last + " lies beyond the recorded head (row " + headNow + "): not appended through the trail");
            }
        }
        return result;
    }

    private void accept(ActivityRecord row) {
        if (broken != null) {
            return;
        }
        if (row.seq() != expectedSeq) {
            broken = new ChainVerification.Broken(expectedSeq, "row " + expectedSeq + " is missing (next row is " + row.seq() + ")");
        } else if (!row.prevHash().equals(previousHash)) {
            broken = new ChainVerification.Broken(row.seq(), "row does not link to the row before it");
        } else if (!ActivityChain.hash(row).equals(row.hash())) {
            broken = new ChainVerification.Broken(row.seq(), "row content does not match its hash (edited)");
        }
        expectedSeq = row.seq() + 1;
        previousHash = row.hash();
    }

    private ChainVerification result(JdbcActivities.Head head) {
        if (broken != null) {
            return broken;
        }
        long rows = expectedSeq - 1;
        if (head.seq() != rows || !head.hash().equals(previousHash)) {
            return new ChainVerification.Broken(rows + 1,
                    "the trail ends at row " + rows + " but its recorded head is row " + head.seq() + " (rows removed from the end)");
        }
        return new ChainVerification.Intact(rows, head.hash());
    }
}

package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChainCheckTests {
    @Test
    void aRowAppendedWhileTheRowsAreReadIsNotTampering() {
        var trail = new FakeTrail(3);
        trail.onceStreamed = () -> trail.append(true); // another request appends while the check runs
        assertThat(ChainCheck.verify(trail)).isEqualTo(new ChainVerification.Intact(3, trail.rows.get(2).hash()));
    }

    @Test
    void anUntouchedTrailVerifies() {
        var trail = new FakeTrail(5);
        assertThat(ChainCheck.verify(trail)).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void rowsCutOffTheEndAreStillDetected() {
        var trail = new FakeTrail(4);
        trail.rows.removeLast();
        assertThat(ChainCheck.verify(trail)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("removed from the end"));
    }

    @Test
    void aRowBeyondTheHeadThatNoAppendRecordedIsDetected() {
        var trail = new FakeTrail(3);
        trail.append(false); // written straight into the table, the head not moved
        assertThat(ChainCheck.verify(trail)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("beyond the recorded head"));
    }

    /** An in-memory trail whose appends, like the real ones, move the head together with the row. */
    private static final class FakeTrail implements ChainCheck.Source {
        final List<ActivityRecord> rows = new ArrayList<>();
        JdbcActivities.Head head = new JdbcActivities.Head(0, ActivityChain.GENESIS);
        Runnable onceStreamed = () -> {};

        FakeTrail(int rows) {
            for (int i = 0; i < rows; i++) {
                append(true);
            }
        }

        void append(boolean moveHead) {
            long seq = rows.size() + 1;
            String prev = rows.isEmpty() ? ActivityChain.GENESIS : rows.getLast().hash();
            var unhashed = new ActivityRecord(seq, Instant.parse("2026-03-02T15:00:00Z").plusSeconds(seq), null, "system",
                    null, "test.append", "test", null, "row " + seq, null, prev, "");
            var row = new ActivityRecord(seq, unhashed.occurredAt(), null, "system", null, "test.append", "test", null,
                    "row " + seq, null, prev, ActivityChain.hash(unhashed));
            rows.add(row);
            if (moveHead) {
                head = new JdbcActivities.Head(seq, row.hash());
            }
        }

        @Override
        public JdbcActivities.Head head() {
            return head;
        }

        @Override
        public void forEachUpTo(long lastSeq, Consumer<ActivityRecord> consumer) {
            List.copyOf(rows).stream().filter(r -> r.seq() <= lastSeq).forEach(consumer);
            Runnable then = onceStreamed;
            onceStreamed = () -> {};
            then.run();
        }

        @Override
        public long lastSeq() {
            return rows.isEmpty() ? 0 : rows.getLast().seq();
        }
    }
}

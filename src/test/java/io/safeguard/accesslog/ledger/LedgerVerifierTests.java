package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.LedgerFixtures.KEY;
import static io.safeguard.accesslog.ledger.LedgerFixtures.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.AccessEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recomputing the ledger detects edits, deletions, reordering, forged checkpoints and a cut tail; expiry is accepted. */
class LedgerVerifierTests {
    static final List<LedgerEntry> STORED = LedgerFixtures.stored(100);
    static final List<String> CHECKPOINTS = LedgerFixtures.checkpoints(STORED, 10, 37, 64, 100);
    static final LedgerVerifier VERIFIER = new LedgerVerifier(KEY, ORIGIN);

    @Test
    void anUntouchedLedgerIsIntact() {
        var report = VERIFIER.verify(STORED.iterator(), CHECKPOINTS);
        assertThat(report).isEqualTo(new LedgerReport(100, 4, true, List.of()));
        assertThat(VERIFIER.verify(LedgerFixtures.exported(STORED).iterator(), CHECKPOINTS).intact()).isTrue();
    }

    @Test
    void anEditedEventIsFoundByItsLeafHashAndByTheCheckpointsAfterIt() {
        var entries = new ArrayList<>(STORED);
        AccessEvent original = LedgerFixtures.event(42);
        byte[] edited = new AccessEvent(original.sourceSystem(), original.sourceEventId(), original.occurredAt(), null,
                "user-other", null, "RN", "Cardiology", original.patientId(), null, original.action(), original.actionCode(),
                original.objectType(), original.objectId(), original.workstation(), null, original.facility(), original.outcome(),
                null, original.rawSha256()).canonical();
        entries.set(42, LedgerEntry.stored(42, edited, STORED.get(42).leafHash()));
        var report = VERIFIER.verify(entries.iterator(), CHECKPOINTS);
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsExactly(
                "seq 42: the event does not match its stored leaf hash (edited)",
                "checkpoint at size 64: the events up to seq 63 do not hash to its signed root (an event was edited, reordered, inserted or deleted)",
                "checkpoint at size 100: the events up to seq 99 do not hash to its signed root (an event was edited, reordered, inserted or deleted)");
        // An attacker who also rewrote the stored leaf hash is still caught by the signed roots.
        entries.set(42, LedgerEntry.stored(42, edited, MerkleHash.leaf(edited)));
        assertThat(VERIFIER.verify(entries.iterator(), CHECKPOINTS).problems()).hasSize(2);
    }

    @Test
    void aDeletedEventIsAGapAndEveryLaterCheckpointFails() {
        var entries = new ArrayList<>(STORED);
        entries.remove(50);
        var report = VERIFIER.verify(entries.iterator(), CHECKPOINTS);
        assertThat(report.events()).isEqualTo(99);
        assertThat(report.problems()).first().isEqualTo("seq 50 is missing (deleted?)");
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("checkpoint at size 64:"));
        assertThat(report.problems()).contains("checkpoint at size 100 covers seq 99 but the ledger ends at seq 98: events are missing (deleted?)");
        assertThat(report.checkpointsChecked()).isEqualTo(3);
    }

    @Test
    void twoSwappedEventsShowAtTheNextCheckpoint() {
        var entries = new ArrayList<>(LedgerFixtures.exported(STORED));
        entries.set(30, LedgerEntry.event(30, STORED.get(31).canonical()));
        entries.set(31, LedgerEntry.event(31, STORED.get(30).canonical()));
        var report = VERIFIER.verify(entries.iterator(), CHECKPOINTS);
        assertThat(report.problems()).hasSize(3).first().asString().startsWith("checkpoint at size 37:");

        var outOfOrder = new ArrayList<>(STORED);
        Collections.swap(outOfOrder, 30, 31);
        assertThat(VERIFIER.verify(outOfOrder.iterator(), CHECKPOINTS).problems()).startsWith(
                "seq 30 is missing (deleted?)", "seq 30 comes after seq 31 (out of order or repeated)");
    }

    @Test
    void aForgedCheckpointIsRefusedAndAWrongSignedRootIsReported() {
        var forger = NoteSigner.of(ORIGIN, Ed25519Keys.generate());
        var notes = new ArrayList<>(CHECKPOINTS);
        notes.add(new Checkpoint(ORIGIN, 80, MerkleHash.empty()).sign(forger));
        notes.add(new Checkpoint(ORIGIN, 90, MerkleHash.empty()).sign(LedgerFixtures.SIGNER));
        notes.add(new Checkpoint("another.example/log", 95, MerkleHash.empty()).sign(LedgerFixtures.SIGNER));
        notes.add("not a note");
        var report = VERIFIER.verify(STORED.iterator(), notes);
        assertThat(report.checkpointsChecked()).isEqualTo(5);
        assertThat(report.problems()).containsExactly(
                "checkpoint 5 (size 80) is refused: signed by " + ORIGIN + " with key ID "
                        + String.format("%08x", forger.verifierKey().keyId()) + ", not the trusted key " + String.format("%08x", KEY.keyId()),
                "checkpoint 7 at size 95 is of another log: another.example/log",
                "checkpoint 8 is refused: malformed checkpoint: a note is text, a blank line and signature lines, each ending in a newline",
                "checkpoint at size 90: the events up to seq 89 do not hash to its signed root (an event was edited, reordered, inserted or deleted)");
    }

    @Test
    void expiredEventsCountThroughTheirKeptLeafHashes() {
        var entries = new ArrayList<LedgerEntry>();
        for (LedgerEntry e : STORED) {
            entries.add(e.seq() < 60 ? LedgerEntry.expired(e.seq(), e.leafHash()) : e);
        }
        assertThat(VERIFIER.verify(entries.iterator(), CHECKPOINTS)).isEqualTo(new LedgerReport(100, 4, true, List.of()));
    }

    @Test
    void aCutTailIsReported() {
        var report = VERIFIER.verify(STORED.subList(0, 95).iterator(), CHECKPOINTS);
        assertThat(report.problems()).containsExactly(
                "checkpoint at size 100 covers seq 99 but the ledger ends at seq 94: events are missing (deleted?)");
    }

    @Test
    void eventsWithoutAnyCheckpointAreNotIntact() {
        assertThat(VERIFIER.verify(STORED.iterator(), List.of()).problems()).containsExactly(
                "no signed checkpoint covers these 100 events");
        assertThat(VERIFIER.verify(Collections.emptyIterator(), List.of()).intact()).isTrue();
    }

    @Test
    void manyProblemsAreListedUpToTwentyAndCounted() {
        var entries = new ArrayList<LedgerEntry>();
        for (LedgerEntry e : STORED) {
            if (e.seq() % 3 != 1) {
                entries.add(e);
            }
        }
        var report = VERIFIER.verify(entries.iterator(), CHECKPOINTS);
        assertThat(report.problems()).hasSize(21);
        assertThat(report.problems().getLast()).matches("\\.\\.\\. and \\d+ more problems");
    }
}

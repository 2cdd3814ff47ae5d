package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.ledger.CheckpointVerifier.Result.Refused;
import io.safeguard.accesslog.ledger.CheckpointVerifier.Result.Verified;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Recomputes the ledger's Merkle tree from its entries and compares it with the signed checkpoints. It reports a missing
 * sequence number (a deletion), an event that no longer matches its stored leaf hash (an edit), sequence numbers out of
 * order, every checkpoint whose root differs from the recomputed root at its size (edits, reordering and deletions all
 * show there), checkpoints beyond the last entry (a deleted tail) and checkpoints that are malformed, of another origin
 * or not signed by the trusted key. Expired entries take part through their kept leaf hash. Memory is O(log n) plus the
 * checkpoints; checkpoints below the start of a segment cannot be compared and are skipped.
 */
public final class LedgerVerifier {
    private final CheckpointVerifier checkpoints;
    private final String origin;

    /** Verifies against the trusted key (never one taken from the data under test) and the ledger's origin line. */
    public LedgerVerifier(VerifierKey trustedKey, String origin) {
        this.checkpoints = new CheckpointVerifier(trustedKey);
        this.origin = origin;
    }

    /** A whole ledger, from seq 0. */
    public LedgerReport verify(Iterator<LedgerEntry> entries, List<String> checkpointNotes) {
        return verify(0, List.of(), entries, checkpointNotes);
    }

    /** A ledger from seq {@code start}, continuing the tree whose compact range (largest subtree first) is given. */
    public LedgerReport verify(long start, List<byte[]> compactRange, Iterator<LedgerEntry> entries, List<String> checkpointNotes) {
        var problems = new Problems();
        TreeBuilder tree;
        try {
            tree = TreeBuilder.resume(start, compactRange, (level, index, hash) -> {});
        } catch (IllegalArgumentException e) {
            problems.add("the segment cannot resume at seq " + start + ": " + e.getMessage());
            return new LedgerReport(0, 0, false, problems.words());
        }
        var pending = signedRoots(checkpointNotes, start, problems);
        var run = new Run(tree, pending, problems);
        run.compareCheckpoints();
        try {
            entries.forEachRemaining(run::append);
        } catch (UncheckedIOException e) {
            problems.add("reading stopped after " + run.events + " events: " + e.getCause().getMessage());
        }
        for (Checkpoint beyond : pending.values().stream().flatMap(List::stream).toList()) {
            problems.add("checkpoint at size " + beyond.size() + " covers seq " + (beyond.size() - 1) + " but the ledger ends at seq "
                    + (tree.size() - 1) + ": events are missing (deleted?)");
        }
        if (run.checked == 0 && run.events > 0) {
            problems.add("no signed checkpoint covers these " + run.events + " events");
        }
        return new LedgerReport(run.events, run.checked, problems.none(), problems.words());
    }

    /** A segment file: its key must be the trusted key and its origin this ledger's. */
    public LedgerReport verify(SegmentReader segment) {
        var header = segment.header();
        if (!header.key().equals(checkpoints.key()) || !header.origin().equals(origin)) {
            var problems = new Problems();
            problems.add("the segment is of " + header.origin() + " signed by " + header.key().encode() + ", not of " + origin
                    + " signed by the trusted key " + checkpoints.key().encode());
            return new LedgerReport(0, 0, false, problems.words());
        }
        return verify(header.start(), header.compactRange(), segment.entries(), header.checkpoints());
    }

    /** Verified checkpoints by tree size; refusals become problems. */
    private TreeMap<Long, List<Checkpoint>> signedRoots(List<String> notes, long start, Problems problems) {
        var bySize = new TreeMap<Long, List<Checkpoint>>();
        for (int i = 0; i < notes.size(); i++) {
            switch (checkpoints.verify(notes.get(i))) {
                case Refused refused -> problems.add("checkpoint " + (i + 1) + describeSize(notes.get(i)) + " is refused: "
                        + refused.reason());
                case Verified(Checkpoint c) when !c.origin().equals(origin) -> problems.add("checkpoint " + (i + 1)
                        + " at size " + c.size() + " is of another log: " + c.origin());
                case Verified(Checkpoint c) when c.size() < start -> {} // before the segment: nothing to compare with
                case Verified(Checkpoint c) -> bySize.computeIfAbsent(c.size(), size -> new ArrayList<>()).add(c);
            }
        }
        return bySize;
    }

    private static String describeSize(String note) {
        try {
            return " (size " + Checkpoint.parse(note).size() + ")";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The state of one verification pass. */
    private static final class Run {
        final TreeBuilder tree;
        final TreeMap<Long, List<Checkpoint>> pending;
        final Problems problems;
        long events;
        long checked;
        long lastSeq;

        Run(TreeBuilder tree, TreeMap<Long, List<Checkpoint>> pending, Problems problems) {
            this.tree = tree;
            this.pending = pending;
            this.problems = problems;
            this.lastSeq = tree.size() - 1;
        }

        void append(LedgerEntry entry) {
            long seq = entry.seq();
            if (seq <= lastSeq) {
                problems.add("seq " + seq + " comes after seq " + lastSeq + " (out of order or repeated)");
            } else if (seq > lastSeq + 1) {
                long first = lastSeq + 1;
                problems.add((seq - first == 1 ? "seq " + first + " is" : "seq " + first + " to " + (seq - 1) + " are")
                        + " missing (deleted?)");
            }
            lastSeq = Math.max(lastSeq, seq);
            byte[] leaf;
            if (entry.canonical() != null) {
                leaf = MerkleHash.leaf(entry.canonical());
                if (entry.leafHash() != null && !Proofs.sameHash(leaf, entry.leafHash())) {
                    problems.add("seq " + seq + ": the event does not match its stored leaf hash (edited)");
                }
            } else {
                leaf = entry.leafHash();
            }
            tree.append(leaf);
            events++;
            compareCheckpoints();
        }

        /** Compares every checkpoint at the current tree size (RFC 9162 §2.1.1 MTH at that size) and forgets them. */
        void compareCheckpoints() {
            List<Checkpoint> atSize = pending.remove(tree.size());
            if (atSize == null) {
                return;
            }
            byte[] root = tree.root();
            for (Checkpoint checkpoint : atSize) {
                checked++;
                if (!Proofs.sameHash(root, checkpoint.rootHash())) {
                    problems.add("checkpoint at size " + checkpoint.size() + ": the events up to seq " + (checkpoint.size() - 1)
                            + " do not hash to its signed root (an event was edited, reordered, inserted or deleted)");
                }
            }
        }
    }
}

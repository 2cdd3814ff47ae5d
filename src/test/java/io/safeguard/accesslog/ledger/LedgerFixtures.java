package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A synthetic ledger (no real people): events, their leaf hashes as stored, and checkpoints signed at chosen sizes. */
final class LedgerFixtures {
    static final String ORIGIN = "safeguard.example/ledger/riverside";
    static final NoteSigner SIGNER = NoteSigner.of(ORIGIN, Ed25519Keys.generate());
    static final VerifierKey KEY = SIGNER.verifierKey();

    private LedgerFixtures() {}

    static AccessEvent event(int i) {
        return new AccessEvent("EPIC", "evt-" + i, Instant.parse("2026-03-02T08:00:00Z").plusSeconds(17L * i), null,
                "user-" + (i % 7), null, "RN", "Cardiology", "patient-" + (i % 13), null, AccessAction.READ, "MR_CHART",
                "Patient", "patient-" + (i % 13), "WS-" + (i % 3), null, "Riverside", AccessOutcome.SUCCESS, null,
                HexFormat.of().formatHex(MerkleHash.leaf(new byte[] {(byte) i})));
    }

    /** Entries 0..n-1 as the database keeps them: canonical bytes and the leaf hash computed at append. */
    static List<LedgerEntry> stored(int n) {
        var entries = new ArrayList<LedgerEntry>(n);
        for (int i = 0; i < n; i++) {
            byte[] canonical = event(i).canonical();
            entries.add(LedgerEntry.stored(i, canonical, MerkleHash.leaf(canonical)));
        }
        return entries;
    }

    /** The same entries as an export carries them: canonical bytes only. */
    static List<LedgerEntry> exported(List<LedgerEntry> stored) {
        return stored.stream().map(e -> LedgerEntry.event(e.seq(), e.canonical())).toList();
    }

    /** Checkpoints signed over the true tree of {@code entries} at each size. */
    static List<String> checkpoints(List<LedgerEntry> entries, long... sizes) {
        var notes = new ArrayList<String>();
        var tree = new TreeBuilder();
        int next = 0;
        for (long size : sizes) {
            while (tree.size() < size) {
                tree.append(MerkleHash.leaf(entries.get(next++).canonical()));
            }
            notes.add(new Checkpoint(ORIGIN, size, tree.root()).sign(SIGNER));
        }
        return notes;
    }

    /** The compact range of the first {@code size} entries. */
    static List<byte[]> compactRange(List<LedgerEntry> entries, int size) {
        var tree = new TreeBuilder();
        entries.subList(0, size).forEach(e -> tree.append(MerkleHash.leaf(e.canonical())));
        return tree.compactRange();
    }
}

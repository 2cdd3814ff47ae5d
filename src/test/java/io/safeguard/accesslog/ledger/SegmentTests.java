package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.LedgerFixtures.KEY;
import static io.safeguard.accesslog.ledger.LedgerFixtures.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The segment export file: round trip, a segment starting mid-ledger, and every refusal of a damaged file. */
class SegmentTests {
    static final List<LedgerEntry> STORED = LedgerFixtures.stored(100);
    static final List<String> CHECKPOINTS = LedgerFixtures.checkpoints(STORED, 10, 37, 64, 100);
    static final LedgerVerifier VERIFIER = new LedgerVerifier(KEY, ORIGIN);

    static byte[] write(SegmentHeader header, List<LedgerEntry> entries, boolean finish) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var writer = new SegmentWriter(out, header)) {
            for (LedgerEntry entry : entries) {
                writer.write(entry);
            }
            if (finish) {
                writer.finish();
            }
        }
        return out.toByteArray();
    }

    static SegmentReader read(byte[] file) throws IOException {
        return SegmentReader.open(new ByteArrayInputStream(file));
    }

    static List<LedgerEntry> withExpired(List<LedgerEntry> stored) {
        var entries = new ArrayList<LedgerEntry>();
        for (LedgerEntry e : stored) {
            entries.add(e.seq() % 10 == 3 ? LedgerEntry.expired(e.seq(), e.leafHash()) : LedgerEntry.event(e.seq(), e.canonical()));
        }
        return entries;
    }

    @Test
    void aWholeLedgerRoundTripsAndVerifies() throws IOException {
        var header = new SegmentHeader(ORIGIN, KEY, 0, List.of(), CHECKPOINTS);
        var entries = withExpired(STORED);
        byte[] file = write(header, entries, true);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("safeguard-ledger-segment\t1\norigin\t" + ORIGIN + "\nvkey\t" + KEY.encode() + "\nstart\t0\ncheckpoint\t")
                .contains("\nevents\n0\t", "\n3\t-\t" + java.util.HexFormat.of().formatHex(STORED.get(3).leafHash()) + "\n")
                .endsWith("\nend\t100\n");
        try (var reader = read(file)) {
            assertThat(reader.header().origin()).isEqualTo(ORIGIN);
            assertThat(reader.header().key()).isEqualTo(KEY);
            assertThat(reader.header().checkpoints()).isEqualTo(CHECKPOINTS);
            var back = new ArrayList<LedgerEntry>();
            reader.entries().forEachRemaining(back::add);
            assertThat(back).hasSize(100);
            for (int i = 0; i < 100; i++) {
                assertThat(back.get(i).seq()).isEqualTo(i);
                assertThat(back.get(i).canonical()).isEqualTo(entries.get(i).canonical());
                assertThat(back.get(i).leafHash()).isEqualTo(entries.get(i).leafHash());
            }
        }
        try (var reader = read(file)) {
            assertThat(VERIFIER.verify(reader)).isEqualTo(new LedgerReport(100, 4, true, List.of()));
        }
    }

    @Test
    void aSegmentStartingMidLedgerResumesFromItsCompactRange() throws IOException {
        var header = new SegmentHeader(ORIGIN, KEY, 37, LedgerFixtures.compactRange(STORED, 37), CHECKPOINTS);
        byte[] file = write(header, withExpired(STORED.subList(37, 100)), true);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\nstart\t37\nrange\t", "\nevents\n37\t");
        try (var reader = read(file)) {
            // The checkpoint at 10 precedes the segment; those at 37 (the compact range itself), 64 and 100 are checked.
            assertThat(VERIFIER.verify(reader)).isEqualTo(new LedgerReport(63, 3, true, List.of()));
        }
        var forgedRange = new ArrayList<>(LedgerFixtures.compactRange(STORED, 37));
        forgedRange.set(1, MerkleHash.leaf(new byte[] {1}));
        byte[] forged = write(new SegmentHeader(ORIGIN, KEY, 37, forgedRange, CHECKPOINTS), STORED.subList(37, 100), true);
        try (var reader = read(forged)) {
            assertThat(VERIFIER.verify(reader).problems()).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("checkpoint at size"));
        }
    }

    @Test
    void aSegmentOfAnotherKeyOrOriginIsNotTrusted() throws IOException {
        var other = NoteSigner.of(ORIGIN, Ed25519Keys.generate()).verifierKey();
        try (var reader = read(write(new SegmentHeader(ORIGIN, other, 0, List.of(), List.of()), STORED, true))) {
            assertThat(VERIFIER.verify(reader).problems()).singleElement().asString().contains("not of " + ORIGIN + " signed by the trusted key");
        }
    }

    @Test
    void aFileWithoutItsEndLineIsCutOff() throws IOException {
        byte[] file = write(new SegmentHeader(ORIGIN, KEY, 0, List.of(), CHECKPOINTS), STORED, false);
        try (var reader = read(file)) {
            var report = VERIFIER.verify(reader);
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).contains("reading stopped after 100 events: the segment is cut off after line 109 (no end line)");
        }
    }

    @Test
    void damagedEntryLinesAreRefusedWithTheirLineNumber() throws IOException {
        String good = new String(write(new SegmentHeader(ORIGIN, KEY, 0, List.of(), List.of()), STORED.subList(0, 3), true),
                StandardCharsets.UTF_8);
        String line0 = good.lines().filter(l -> l.startsWith("0\t")).findFirst().orElseThrow();
        List<String> damaged = List.of(
                good.replace(line0, "0\t" + line0.substring(2, 20) + "!"), // bad base64
                good.replace(line0, "00\t" + line0.substring(2)), // seq with leading zero
                good.replace(line0, "0\t-\tabcd"), // short leaf hash
                good.replace(line0, "0\t-\t" + "zz".repeat(32)), // not hex
                good.replace(line0, "hello"), // no fields
                good.replace("end\t3", "end\t4"), // wrong count
                good + "0\tAA==\n", // a line after the end
                good.substring(0, good.length() - 1)); // last line cut
        for (String text : damaged) {
            try (var reader = read(text.getBytes(StandardCharsets.UTF_8))) {
                var entries = reader.entries();
                assertThatThrownBy(() -> entries.forEachRemaining(e -> {})).as(text).isInstanceOf(UncheckedIOException.class)
                        .hasMessageContaining("line");
            }
        }
    }

    @Test
    void damagedHeadersAreRefused() throws IOException {
        var header = new SegmentHeader(ORIGIN, KEY, 37, LedgerFixtures.compactRange(STORED, 37), CHECKPOINTS.subList(0, 1));
        String good = new String(write(header, List.of(), true), StandardCharsets.UTF_8);
        String vkey = KEY.encode();
        List<String> damaged = List.of(
                good.replace("segment\t1", "segment\t2"),
                good.replace("vkey\t" + vkey, "vkey\t" + vkey.replace('+', '-')),
                good.replace("start\t37", "start\t39"), // compact range of the wrong length
                good.replace("start\t37", "start\tthirty-seven"),
                good.replace("\nevents\n", "\nevent\n"),
                good.replace("\ncheckpoint\t", "\ncheckpoint\t!"),
                good.replace("origin\t", "origin:"),
                "");
        for (String text : damaged) {
            assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8))).as(text).isInstanceOf(IOException.class);
        }
    }

    @Test
    void linesLongerThanOneMebibyteAreRefusedOnBothSides() throws IOException {
        var header = new SegmentHeader(ORIGIN, KEY, 0, List.of(), List.of());
        assertThatThrownBy(() -> write(header, List.of(LedgerEntry.event(0, new byte[800_000])), true))
                .isInstanceOf(IllegalArgumentException.class);
        String head = new String(write(header, List.of(), false), StandardCharsets.UTF_8);
        byte[] huge = (head + "0\t" + "A".repeat(1 << 20) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (var reader = read(huge)) {
            var entries = reader.entries();
            assertThatThrownBy(entries::hasNext).hasMessageContaining("longer than 1048576 bytes");
        }
    }

    @Test
    void entriesCanBeReadOnce() throws IOException {
        try (var reader = read(write(new SegmentHeader(ORIGIN, KEY, 0, List.of(), List.of()), List.of(), true))) {
            assertThat(reader.entries().hasNext()).isFalse();
            assertThatThrownBy(reader::entries).isInstanceOf(IllegalStateException.class);
        }
    }
}

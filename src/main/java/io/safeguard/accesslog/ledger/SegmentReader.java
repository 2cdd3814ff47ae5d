package io.safeguard.accesslog.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a segment file written by {@link SegmentWriter}: the header at once, then the entries one line at a time, so a
 * file of any length needs little memory. Lines longer than 1 MiB, unknown lines, bad base64 or hex and a missing end
 * line are refused with the line number (an {@link IOException} from {@link #open}, an {@link UncheckedIOException}
 * while iterating).
 */
public final class SegmentReader implements Closeable {
    private static final Pattern SEQ = Pattern.compile("0|[1-9][0-9]{0,18}");

    private final InputStream in;
    private final LineReader lines;
    private final SegmentHeader header;
    private boolean iterating;

    private SegmentReader(InputStream in, LineReader lines, SegmentHeader header) {
        this.in = in;
        this.lines = lines;
        this.header = header;
    }

    /** Reads the header; {@code in} should be buffered. */
    public static SegmentReader open(InputStream in) throws IOException {
        var lines = new LineReader(in, SegmentWriter.MAX_LINE_BYTES);
        if (!SegmentWriter.MAGIC.equals(lines.next())) {
            throw new IOException("not a Safeguard ledger segment (version 1)");
        }
        String origin = field(lines, "origin");
        VerifierKey key = parse(lines, () -> VerifierKey.parse(field(lines, "vkey")));
        String startText = field(lines, "start");
        long start = parse(lines, () -> number(startText));
        var range = new ArrayList<byte[]>();
        for (int i = 0; i < Long.bitCount(start); i++) {
            String hash = field(lines, "range");
            range.add(parse(lines, () -> NoteFormat.base64(hash, "compact-range hash")));
        }
        var checkpoints = new ArrayList<String>();
        String line;
        while ((line = lines.next()) != null && line.startsWith("checkpoint\t")) {
            String base64 = line.substring("checkpoint\t".length());
            checkpoints.add(parse(lines, () -> new String(NoteFormat.base64(base64, "checkpoint"), StandardCharsets.UTF_8)));
        }
        if (!"events".equals(line)) {
            throw new IOException("line " + lines.number() + ": expected a checkpoint or \"events\"");
        }
        return new SegmentReader(in, lines, parse(lines, () -> new SegmentHeader(origin, key, start, range, checkpoints)));
    }

    public SegmentHeader header() {
        return header;
    }

    /** The entries in file order; may be taken once. Ends at the end line, which must match the count and end the file. */
    public Iterator<LedgerEntry> entries() {
        if (iterating) {
            throw new IllegalStateException("the entries of a segment can be read once");
        }
        iterating = true;
        return new Entries();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private final class Entries implements Iterator<LedgerEntry> {
        private @Nullable LedgerEntry next;
        private long count;
        private boolean ended;

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                try {
                    next = read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public LedgerEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            var entry = next;
            next = null;
            return entry;
        }

        private @Nullable LedgerEntry read() throws IOException {
            String line = lines.next();
            if (line == null) {
                throw new IOException("the segment is cut off after line " + lines.number() + " (no end line)");
            }
            String[] fields = line.split("\t", -1);
            if (fields.length == 2 && fields[0].equals("end")) {
                if (!fields[1].equals(Long.toString(count))) {
                    throw new IOException("line " + lines.number() + ": the end line counts " + fields[1] + " events, the file has " + count);
                }
                if (lines.next() != null) {
                    throw new IOException("line " + lines.number() + " follows the end line");
                }
                ended = true;
                return null;
            }
            count++;
            return parse(lines, () -> entry(fields));
        }
    }

    private static LedgerEntry entry(String[] fields) {
        if (fields.length == 2) {
            return LedgerEntry.event(number(fields[0]), NoteFormat.base64(fields[1], "event"));
        }
        if (fields.length == 3 && fields[1].equals("-") && fields[2].length() == 2 * MerkleHash.SIZE) {
            return LedgerEntry.expired(number(fields[0]), HexFormat.of().parseHex(fields[2]));
        }
        throw new IllegalArgumentException("expected <seq> TAB <base64 event> or <seq> TAB - TAB <hex leaf hash>");
    }

    private static long number(String text) {
        if (!SEQ.matcher(text).matches()) {
            throw new IllegalArgumentException("not a sequence number: " + text);
        }
        return Long.parseLong(text);
    }

    private static String field(LineReader lines, String name) throws IOException {
        String line = lines.next();
        if (line == null || !line.startsWith(name + "\t")) {
            throw new IOException("line " + lines.number() + ": expected \"" + name + "\"");
        }
        return line.substring(name.length() + 1);
    }

    private interface Parse<T> {
        T get() throws IOException;
    }

    private static <T> T parse(LineReader lines, Parse<T> parse) throws IOException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + lines.number() + ": " + e.getMessage(), e);
        }
    }
}

package io.safeguard.accesslog.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes a segment file for offline verification, one line at a time: UTF-8, every line ending in a newline, fields
 * separated by one tab (shown as ⇥):
 *
 * <pre>
 * safeguard-ledger-segment⇥1
 * origin⇥&lt;origin line of the checkpoints&gt;
 * vkey⇥&lt;C2SP verifier key&gt;                 (informational; verifiers use their own trusted key)
 * start⇥&lt;first seq in this file&gt;
 * range⇥&lt;base64 hash&gt;                      (one per subtree of the compact range of start, largest first)
 * checkpoint⇥&lt;base64 of the signed note&gt;   (zero or more)
 * events
 * &lt;seq&gt;⇥&lt;base64 of the canonical event&gt;
 * &lt;seq&gt;⇥-⇥&lt;hex leaf hash&gt;                (an expired event)
 * end⇥&lt;number of event lines&gt;
 * </pre>
 *
 * Entries are written as given, in the order given: the writer does not judge them, the verifier does. An entry with
 * canonical bytes is written with them only. A file without its end line (see {@link #finish()}) is refused as cut off.
 * No line may exceed 1 MiB. Path handling is the caller's.
 */
public final class SegmentWriter implements Closeable {
    static final String MAGIC = "safeguard-ledger-segment\t1";
    static final int MAX_LINE_BYTES = 1 << 20;

    private final OutputStream out;
    private long events;
    private boolean finished;

    /** Writes the header; {@code out} should be buffered. */
    public SegmentWriter(OutputStream out, SegmentHeader header) throws IOException {
        this.out = out;
        line(MAGIC);
        line("origin\t" + header.origin());
        line("vkey\t" + header.key().encode());
        line("start\t" + header.start());
        for (byte[] hash : header.compactRange()) {
            line("range\t" + Base64.getEncoder().encodeToString(hash));
        }
        for (String note : header.checkpoints()) {
            line("checkpoint\t" + Base64.getEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8)));
        }
        line("events");
    }

    /** One entry: its canonical bytes if it has them, else its kept leaf hash. */
    public void write(LedgerEntry entry) throws IOException {
        if (finished) {
            throw new IllegalStateException("the segment is finished");
        }
        if (entry.canonical() != null) {
            line(entry.seq() + "\t" + Base64.getEncoder().encodeToString(entry.canonical()));
        } else {
            line(entry.seq() + "\t-\t" + HexFormat.of().formatHex(entry.leafHash()));
        }
        events++;
    }

    /** Writes the end line and flushes. Without it, readers refuse the file as cut off. */
    public void finish() throws IOException {
        if (!finished) {
            line("end\t" + events);
            finished = true;
        }
        out.flush();
    }

    /** Closes the stream; does not finish the segment. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("a segment line would be longer than " + MAX_LINE_BYTES + " bytes");
        }
        out.write(bytes);
    }
}

package io.safeguard.accesslog.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reads UTF-8 lines that each end in a newline, refusing longer lines than a limit instead of buffering them. */
final class LineReader {
    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long number;

    /** {@code in} should be buffered. */
    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its newline, or null at the end of the input. */
    @Nullable String next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new IOException("line " + (number + 1) + " is cut off (no newline at the end of the file)");
            }
            if (line.size() == maxBytes) {
                throw new IOException("line " + (number + 1) + " is longer than " + maxBytes + " bytes");
            }
            line.write(b);
        }
        number++;
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("line " + number + " is not valid UTF-8", e);
        }
    }

    /** Number of the line last returned, from 1. */
    long number() {
        return number;
    }
}

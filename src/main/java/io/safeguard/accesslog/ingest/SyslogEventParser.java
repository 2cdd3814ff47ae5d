package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A recorded syslog stream (RFC 6587 framing, both kinds, see {@link SyslogFraming}) of ATNA audit messages, such as
 * a capture or an export from a syslog relay: each frame is an RFC 5424 message whose MSG {@link AtnaMessageParser}
 * maps. An oversize or malformed frame is rejected and skipped; the stream goes on. Record numbers count frames.
 */
public final class SyslogEventParser implements EventParser {
    private final AtnaMessageParser atna;

    public SyslogEventParser(ParserOptions options) {
        this.atna = new AtnaMessageParser(options);
    }

    @Override
    public IngestSummary parse(InputStream input, RecordSink sink) throws IOException {
        var tally = new Tally(sink);
        var framing = new SyslogFraming(input, IngestLimits.MAX_SYSLOG_MESSAGE_BYTES);
        for (SyslogFraming.Frame frame = framing.next(); frame != null; frame = framing.next()) {
            deliver(frame, atna, tally);
        }
        return tally.summary();
    }

    /** Hands one frame's event or rejection to the sink; {@code false} when the frame was not a message. */
    static boolean deliver(SyslogFraming.Frame frame, AtnaMessageParser atna, RecordSink sink) {
        switch (frame) {
            case SyslogFraming.Message m -> {
                try {
                    sink.accept(atna.toEvent(SyslogMessage.parse(m.bytes())));
                } catch (RecordRejected e) {
                    sink.reject(new Rejection(m.number(), e.reason()));
                }
                return true;
            }
            case SyslogFraming.Oversize o -> sink.reject(new Rejection(o.number(),
                    "the message is longer than " + IngestLimits.MAX_SYSLOG_MESSAGE_BYTES + " bytes"));
            case SyslogFraming.Malformed bad -> sink.reject(new Rejection(bad.number(), bad.reason()));
        }
        return false;
    }
}

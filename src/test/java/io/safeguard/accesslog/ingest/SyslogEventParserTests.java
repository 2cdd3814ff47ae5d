package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.AtnaFixtures.*;
import static io.safeguard.accesslog.ingest.IngestFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.AccessEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyslogEventParserTests {
    private final CollectingSink sink = new CollectingSink();
    private final SyslogEventParser parser = new SyslogEventParser(ParserOptions.defaults());

    private IngestSummary parse(byte[] stream) throws IOException {
        return parser.parse(new ByteArrayInputStream(stream), sink);
    }

    @Test
    void readsBothFramingsInOneStream() throws IOException {
        String pretty = patientRecordRead("true");
        byte[] stream = concat(octetCounted(HEADER + pretty), lineTerminated(HEADER + oneLine("u2")), "\r\n".getBytes(StandardCharsets.UTF_8),
                octetCounted(HEADER + "\uFEFF" + oneLine("u3")), lineTerminated(HEADER + oneLine("u4")));

        var summary = parse(stream);

        assertThat(summary).isEqualTo(new IngestSummary(4, 0));
        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u123", "u2", "u3", "u4");
        assertThat(sink.events().getFirst().rawSha256()).isEqualTo(sha256(pretty));
        assertThat(sink.events().get(2).rawSha256()).isEqualTo(sha256("\uFEFF" + oneLine("u3")));
    }

    @Test
    void givesTheSameIdsOnEveryRun() throws IOException {
        byte[] stream = concat(octetCounted(HEADER + oneLine("u1")), octetCounted(HEADER + oneLine("u2")));
        var again = new CollectingSink();

        parse(stream);
        parser.parse(new ByteArrayInputStream(stream), again);

        assertThat(again.events()).isEqualTo(sink.events());
        // pinned: the id of a message must never change between releases, or re-delivered messages would duplicate
        assertThat(sink.events().getFirst().sourceEventId()).isEqualTo(sha256(oneLine("u1")))
                .isEqualTo("c6bb4953e28e61d958aaac686d1f6701aa176b2252588382113c13a86ba87f41");
    }

    @Test
    void skipsAnOversizeFrameOfEitherKindAndReadsOn() throws IOException {
        byte[] big = ("70000 " + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        byte[] bigLine = ("<13>1 - - - - - - " + "y".repeat(70_000) + "\n").getBytes(StandardCharsets.UTF_8);

        parse(concat(octetCounted(HEADER + oneLine("u1")), big, octetCounted(HEADER + oneLine("u2")), bigLine,
                lineTerminated(HEADER + oneLine("u3"))));

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u2", "u3");
        assertThat(sink.rejections()).containsExactly(new Rejection(2, "the message is longer than 65536 bytes"),
                new Rejection(4, "the message is longer than 65536 bytes"));
    }

    @Test
    void rejectsBadMessagesBadFramesAndATruncatedLastFrame() throws IOException {
        byte[] stream = concat(octetCounted(HEADER + patientRecordRead("false")),
                lineTerminated("<34>Oct 11 22:14:15 mymachine su: failed"),
                "12a <13>1 - - - - - -\n".getBytes(StandardCharsets.UTF_8),
                "garbage line\n".getBytes(StandardCharsets.UTF_8),
                lineTerminated(HEADER + oneLine("ok")),
                "500 <85>1 - - - - - - <AuditMessage>".getBytes(StandardCharsets.UTF_8));

        parse(stream);

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("ok");
        assertThat(sink.rejections()).containsExactly(
                new Rejection(1, "no ActiveParticipant has UserIsRequestor=\"true\""),
                new Rejection(2, "the message is not RFC 5424 syslog (VERSION 1 after PRI)"),
                new Rejection(3, "the frame length is not a number"),
                new Rejection(4, "the frame starts with neither a length nor '<'"),
                new Rejection(6, "the stream ends inside a frame (the message is truncated)"));
    }
}

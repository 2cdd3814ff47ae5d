package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.IngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonLinesEventParserTests {
    private final CollectingSink sink = new CollectingSink();
    private final JsonLinesEventParser parser = new JsonLinesEventParser(ParserOptions.defaults().withSourceSystem("portal"));

    private IngestSummary parse(String text) throws IOException {
        return parser.parse(utf8(text), sink);
    }

    @Test
    void readsSnakeCaseAndCamelCaseMembers() throws IOException {
        String snake = """
                {"event_id":"e1","occurred_at":"2026-03-02T14:05:09Z","recorded_at":"2026-03-02T14:05:10Z","user_id":"u1",\
                "user_name":"Dana Reyes","user_role":"RN","department":"Cardiology","patient_id":"P1","encounter_id":"E1",\
                "action":"U","action_code":"note-edit","object_type":"DocumentReference","object_id":"D1","workstation":"WS1",\
                "ip":"10.0.0.1","facility":"Riverside","outcome":8,"purpose_of_use":"TREAT"}""";
        String camel = """
                {"occurredAt":"2026-03-02T08:05:09-06:00","userId":"u2","patientId":"P2","networkAddress":"10.0.0.2",\
                "userDepartment":"ED","action":"read","unknownMember":{"nested":[1,2]}}""";

        var summary = parse(snake + "\n" + camel + "\n");

        assertThat(summary).isEqualTo(new IngestSummary(2, 0));
        assertThat(sink.events().getFirst()).isEqualTo(new AccessEvent("portal", "e1", Instant.parse("2026-03-02T14:05:09Z"),
                Instant.parse("2026-03-02T14:05:10Z"), "u1", "Dana Reyes", "RN", "Cardiology", "P1", "E1", AccessAction.UPDATE,
                "note-edit", "DocumentReference", "D1", "WS1", "10.0.0.1", "Riverside", AccessOutcome.SERIOUS_FAILURE, "TREAT",
                sha256(snake)));
        assertThat(sink.events().get(1)).satisfies(e -> {
            assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-02T14:05:09Z"));
            assertThat(e.networkAddress()).isEqualTo("10.0.0.2");
            assertThat(e.userDepartment()).isEqualTo("ED");
            assertThat(e.sourceEventId()).isEqualTo(sha256(camel));
        });
    }

    @Test
    void readsLocalTimesInTheSourceZoneWhenGiven() throws IOException {
        var mapping = CsvMapping.builtIn(CsvMapping.GENERIC);
        var local = new CsvMapping(mapping.name(), mapping.sourceSystem(), mapping.columns(),
                new TimeFormat(TimeFormat.ISO, TimeFormat.SOURCE_ZONE), mapping.recordedAt(), mapping.action(), mapping.outcome());
        var parser = new JsonLinesEventParser(ParserOptions.defaults().withMapping(local).withZone(ZoneOffset.ofHours(-5)));

        parser.parse(utf8("{\"occurred_at\":\"2026-03-02 09:05:09\",\"user_id\":\"u1\"}"), sink);

        assertThat(sink.events().getFirst().occurredAt()).isEqualTo(Instant.parse("2026-03-02T14:05:09Z"));
    }

    @Test
    void rejectsLinesThatAreNotOneJsonObject() throws IOException {
        parse("""
                ["occurred_at","2026-03-02T14:05:09Z"]
                "just text"
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":"u1"
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":"u1"} {"x":1}
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":"u1","userId":"u2"}
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":{"id":"u1"}}
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":"u1","action":"peek"}
                {"occurred_at":"2026-03-02T14:05:09Z","user_id":null}

                {"occurred_at":"2026-03-02T14:05:09Z","user_id":"ok"}""");

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("ok");
        assertThat(sink.rejections()).containsExactly(
                new Rejection(1, "the line is not a JSON object"),
                new Rejection(2, "the line is not a JSON object"),
                new Rejection(3, "the line is not valid JSON"),
                new Rejection(4, "the line has more after the JSON object"),
                new Rejection(5, "user_id is given more than once"),
                new Rejection(6, "user_id is an object or array, not a text, number or boolean"),
                new Rejection(7, "action has an action value that the mapping does not know"),
                new Rejection(8, "user_id is empty, and userId is required"));
    }

    @Test
    void rejectsAnOversizeLineAndATruncatedFinalLineAndInvalidUtf8() throws IOException {
        byte[] head = "{\"occurred_at\":\"2026-03-02T14:05:09Z\",\"user_id\":\"u1\"}\n{\"user_name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n{\"occurred_at\":\"2026-03-02T14:05:09Z\",\"user_id\":\"u\u00e9\"}\n{\"occurred_at\":\"2026-03-02T14:05:09Z\",\"user_id\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = {'\n', '{', '"', 'x', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        InputStream input = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream(head), repeated((byte) 'a', 10L * 1024 * 1024, tail), new ByteArrayInputStream(badUtf8))));

        parser.parse(input, sink);

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u\u00e9");
        assertThat(sink.rejections()).containsExactly(
                new Rejection(2, "the line is longer than 65536 bytes"),
                new Rejection(4, "the line is not valid JSON"),
                new Rejection(5, "the line is not valid UTF-8"));
    }
}

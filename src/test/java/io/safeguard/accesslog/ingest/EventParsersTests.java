package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.IngestFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.AccessEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventParsersTests {
    private final CollectingSink sink = new CollectingSink();

    @Test
    void makesAParserForEveryFormatName() throws IOException {
        var options = ParserOptions.defaults();
        EventParsers.create("CSV", options).parse(utf8("occurred_at,user_id\n2026-03-02T14:05:09Z,csv\n"), sink);
        EventParsers.create("tsv", options).parse(utf8("occurred_at\tuser_id\n2026-03-02T14:05:09Z\ttsv\n"), sink);
        EventParsers.create("psv", options).parse(utf8("occurred_at|user_id\n2026-03-02T14:05:09Z|psv\n"), sink);
        EventParsers.create("jsonl", options).parse(utf8("{\"occurred_at\":\"2026-03-02T14:05:09Z\",\"user_id\":\"jsonl\"}\n"), sink);
        EventParsers.create("fhir", options).parse(utf8(FhirFixtures.auditEventXml("x")), sink);
        EventParsers.create("fhir-ndjson", options).parse(utf8(FhirFixtures.auditEventJson("n", "R", true).replace("\n", "")), sink);
        EventParsers.create(" Syslog ", options).parse(new ByteArrayInputStream(
                AtnaFixtures.octetCounted(AtnaFixtures.HEADER + AtnaFixtures.oneLine("syslog"))), sink);

        assertThat(sink.events()).extracting(AccessEvent::userId)
                .containsExactly("csv", "tsv", "psv", "jsonl", "u123", "u123", "syslog");
        assertThat(sink.rejections()).isEmpty();
    }

    @Test
    void usesTheGivenMappingForDelimitedFormats() throws IOException {
        var options = ParserOptions.defaults().withMapping(CsvMapping.builtIn(CsvMapping.EPIC_ACCESS_LOG)).withZone(ZoneId.of("UTC"));

        EventParsers.create(Format.PSV, options).parse(utf8("ACCESS_TIME|USER_ID\n2026-03-02 14:05:09|E1\n"), sink);

        assertThat(sink.events()).singleElement().satisfies(e -> assertThat(e.sourceSystem()).isEqualTo("epic"));
    }

    @Test
    void failsOnAnUnknownFormatName() {
        assertThatThrownBy(() -> EventParsers.create("xlsx", ParserOptions.defaults())).isInstanceOf(IngestFailure.class)
                .hasMessageContaining("xlsx").hasMessageContaining("fhir-ndjson");
    }
}

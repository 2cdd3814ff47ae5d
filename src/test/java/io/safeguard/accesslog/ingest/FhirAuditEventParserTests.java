package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.FhirFixtures.*;
import static io.safeguard.accesslog.ingest.IngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirAuditEventParserTests {
    private final CollectingSink sink = new CollectingSink();
    private final FhirAuditEventParser parser = FhirAuditEventParser.resources(ParserOptions.defaults());

    @Nested
    class SingleResource {
        @Test
        void mapsABalpPatientReadFromJson() throws IOException {
            String json = auditEventJson("ae-1", "R", true);

            var summary = parser.parse(utf8(json), sink);

            assertThat(summary).isEqualTo(new IngestSummary(1, 0));
            assertThat(sink.events()).containsExactly(new AccessEvent("ehr-prod", "ae-1", Instant.parse("2026-03-02T14:05:09Z"),
                    Instant.parse("2026-03-02T14:05:11.250Z"), "u123", "Dana Reyes", "Registered Nurse", null, "P-77", "E-9",
                    AccessAction.READ, "read", "DocumentReference", "D-5", "WS-12", null, "Riverside", AccessOutcome.MINOR_FAILURE,
                    "TREAT", sha256(json)));
        }

        @Test
        void usesTheConfiguredSourceAndTheHashAsIdWhenTheResourceHasNone() throws IOException {
            String json = "\uFEFF\n  " + auditEventJson(null, "U", true) + "\n";

            FhirAuditEventParser.resources(ParserOptions.defaults().withSourceSystem("cerner")).parse(utf8(json), sink);

            AccessEvent event = sink.events().getFirst();
            assertThat(event.sourceSystem()).isEqualTo("cerner");
            assertThat(event.action()).isEqualTo(AccessAction.UPDATE);
            assertThat(event.rawSha256()).isEqualTo(sha256(auditEventJson(null, "U", true)));
            assertThat(event.sourceEventId()).isEqualTo(event.rawSha256());
        }

        @Test
        void mapsAnAuditEventFromXmlAndHashesTheDocumentAsReceived() throws IOException {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + auditEventXml("ae-x");

            parser.parse(utf8(xml), sink);

            assertThat(sink.events()).singleElement().satisfies(e -> {
                assertThat(e.sourceEventId()).isEqualTo("ae-x");
                assertThat(e.userId()).isEqualTo("u123");
                assertThat(e.userName()).isEqualTo("Dana Reyes");
                assertThat(e.networkAddress()).isEqualTo("10.1.2.3");
                assertThat(e.workstation()).isNull();
                assertThat(e.purposeOfUse()).isEqualTo("ETREAT");
                assertThat(e.patientId()).isEqualTo("P-77");
                assertThat(e.rawSha256()).isEqualTo(sha256(xml));
            });
        }

        @Test
        void rejectsAResourceOfAnotherType() throws IOException {
            parser.parse(utf8("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Reyes\"}]}"), sink);
            parser.parse(utf8("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p1\"/></Patient>"), sink);

            assertThat(sink.events()).isEmpty();
            assertThat(sink.rejections()).containsExactly(new Rejection(1, "the resource is of type Patient, not AuditEvent"),
                    new Rejection(1, "the resource is of type Patient, not AuditEvent"));
        }

        @Test
        void failsOnInputThatIsNeitherJsonNorXml() {
            assertThatThrownBy(() -> parser.parse(utf8("resourceType=AuditEvent"), sink)).isInstanceOf(IngestFailure.class);
            assertThatThrownBy(() -> parser.parse(utf8("[1,2]"), sink)).isInstanceOf(IngestFailure.class);
            assertThatThrownBy(() -> parser.parse(utf8("{\"resourceType\":\"AuditEvent\""), sink))
                    .isInstanceOf(IngestFailure.class).hasMessage("the input is not valid JSON");
        }
    }

    @Nested
    class Bundles {
        @Test
        void streamsAJsonBundleAndRejectsOnlyItsBadEntries() throws IOException {
            String good1 = auditEventJson("ae-1", "R", true);
            String good2 = auditEventJson("ae-6", "D", true);
            String bundle = """
                    {
                      "resourceType": "Bundle",
                      "type": "collection",
                      "meta": { "tag": [ { "code": "x" } ] },
                      "entry": [
                        { "fullUrl": "urn:uuid:1", "resource": %s },
                        { "resource": { "resourceType": "Patient", "id": "p1" } },
                        { "resource": %s },
                        { "resource": %s, "request": { "method": "POST", "url": "AuditEvent" } },
                        { "fullUrl": "urn:uuid:5" },
                        { "resource": %s }
                      ],
                      "total": 6
                    }""".formatted(good1, auditEventJson("ae-3", "R", false), auditEventJson("ae-4", "X", true), good2);

            var summary = parser.parse(utf8(bundle), sink);

            assertThat(summary).isEqualTo(new IngestSummary(2, 4));
            assertThat(sink.events()).extracting(AccessEvent::sourceEventId).containsExactly("ae-1", "ae-6");
            assertThat(sink.events()).extracting(AccessEvent::rawSha256).containsExactly(sha256(good1), sha256(good2));
            assertThat(sink.rejections()).containsExactly(
                    new Rejection(2, "the resource is of type Patient, not AuditEvent"),
                    new Rejection(3, "the AuditEvent has no agent with requestor = true"),
                    new Rejection(4, "the resource is not valid FHIR R4 JSON (HAPI-1821)"),
                    new Rejection(5, "the Bundle entry has no resource"));
        }

        @Test
        void readsAnXmlBundleEntryByEntry() throws IOException {
            String bundle = """
                    <Bundle xmlns="http://hl7.org/fhir">
                      <type value="collection"/>
                      <entry><resource>%s</resource></entry>
                      <entry><resource><Patient><id value="p1"/></Patient></resource></entry>
                      <entry><fullUrl value="urn:uuid:3"/></entry>
                      <entry><resource>%s</resource></entry>
                    </Bundle>""".formatted(auditEventXml("ae-1"), auditEventXml("ae-4"));

            parser.parse(utf8(bundle), sink);

            assertThat(sink.events()).extracting(AccessEvent::sourceEventId).containsExactly("ae-1", "ae-4");
            assertThat(sink.rejections()).containsExactly(new Rejection(2, "the resource is of type Patient, not AuditEvent"),
                    new Rejection(3, "the Bundle entry has no resource"));
        }

        @Test
        void deliversTheFirstEntryBeforeTheRestOfALargeBundleIsRead() throws IOException {
            byte[] entry = ("{\"resource\":" + auditEventJson(null, "R", true) + "},").getBytes(StandardCharsets.UTF_8);
            int entries = 5_000;
            var served = new AtomicLong();
            var readWhenFirstArrived = new AtomicLong(-1);
            InputStream bundle = generatedBundle(entry, entries, served);

            parser.parse(bundle, new RecordSink() {
                @Override
                public void accept(AccessEvent event) {
                    readWhenFirstArrived.compareAndSet(-1, served.get());
                }

                @Override
                public void reject(Rejection rejection) {
                    throw new AssertionError(rejection.toString());
                }
            });

            assertThat(served.get()).isGreaterThan(entries * (long) entry.length);
            assertThat(readWhenFirstArrived.get()).isLessThan(256 * 1024);
        }

        @Test
        void rejectsAnEntryOverTheResourceLimitAndReadsTheNextOne() throws IOException {
            String big = "{\"resourceType\":\"AuditEvent\",\"id\":\"big\",\"extension\":[" + "{\"url\":\"http://x\",\"valueString\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},".repeat(20_000)
                    + "{\"url\":\"http://x\"}]}";
            String bundle = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":" + big + "},{\"resource\":"
                    + auditEventJson("after", "R", true) + "}]}";

            parser.parse(utf8(bundle), sink);

            assertThat(sink.rejections()).containsExactly(new Rejection(1, "the entry's resource is longer than 1048576 bytes"));
            assertThat(sink.events()).extracting(AccessEvent::sourceEventId).containsExactly("after");
        }
    }

    @Nested
    class Ndjson {
        @Test
        void readsOneResourcePerLine() throws IOException {
            String good = auditEventJson("ae-1", "E", true).replace("\n", "");
            String text = good + "\n{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{}}\n\nnot json\n"
                    + auditEventJson("ae-2", "X", true).replace("\n", "") + "\n" + auditEventJson("ae-5", "C", true).replace("\n", "");

            FhirAuditEventParser.ndjson(ParserOptions.defaults()).parse(utf8(text), sink);

            assertThat(sink.events()).extracting(AccessEvent::sourceEventId).containsExactly("ae-1", "ae-5");
            assertThat(sink.events().getFirst().rawSha256()).isEqualTo(sha256(good));
            assertThat(sink.events().getFirst().action()).isEqualTo(AccessAction.EXECUTE);
            assertThat(sink.rejections()).extracting(Rejection::recordNumber).containsExactly(2L, 4L, 5L);
            assertThat(sink.rejections().getFirst().reason()).isEqualTo("the resource is of type Observation, not AuditEvent");
        }
    }

    @Nested
    class HostileXml {
        @Test
        void refusesAnEntityExpansionBomb() {
            String bomb = """
                    <?xml version="1.0"?>
                    <!DOCTYPE AuditEvent [
                      <!ENTITY lol "lol">
                      <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                      <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                    ]>
                    <AuditEvent xmlns="http://hl7.org/fhir"><id value="&lol9;"/></AuditEvent>""";

            assertThatThrownBy(() -> parser.parse(utf8(bomb), sink)).isInstanceOf(IngestFailure.class)
                    .hasMessageContaining("DOCTYPE");
            assertThat(sink.events()).isEmpty();
        }

        @Test
        void refusesExternalEntitiesWithoutReadingThem(@TempDir Path dir) throws IOException {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
            try (var server = new ServerSocket(0)) {
                server.setSoTimeout(300);
                String xxe = """
                        <?xml version="1.0"?>
                        <!DOCTYPE Bundle [
                          <!ENTITY file SYSTEM "%s">
                          <!ENTITY remote SYSTEM "http://127.0.0.1:%d/steal">
                          <!ENTITY %% dtd SYSTEM "http://127.0.0.1:%d/evil.dtd"> %%dtd;
                        ]>
                        <Bundle xmlns="http://hl7.org/fhir"><entry><resource>
                          <AuditEvent><id value="&file;&remote;"/></AuditEvent>
                        </resource></entry></Bundle>""".formatted(secret.toUri(), server.getLocalPort(), server.getLocalPort());

                assertThatThrownBy(() -> parser.parse(utf8(xxe), sink)).isInstanceOf(IngestFailure.class)
                        .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
                assertThatThrownBy(server::accept).as("no connection to the entity's URL").isInstanceOf(SocketTimeoutException.class);
            }
            assertThat(sink.events()).isEmpty();
        }

        @Test
        void hapisOwnXmlParserDoesNotExpandEntitiesEither() {
            // Defence in depth: HAPI never sees received bytes (FhirXmlStream copies resources out), but its own StAX
            // factory (ca.uhn.fhir.util.XmlUtil) also turns DTD support and external entities off.
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE AuditEvent [<!ENTITY x \"expanded\">]>"
                    + "<AuditEvent xmlns=\"http://hl7.org/fhir\"><id value=\"&x;\"/></AuditEvent>";
            var hapi = ca.uhn.fhir.context.FhirContext.forR4Cached().newXmlParser();

            assertThatThrownBy(() -> hapi.parseResource(xxe)).isInstanceOf(ca.uhn.fhir.parser.DataFormatException.class);
        }

        @Test
        void refusesADoctypeInsideABundleDocumentInUtf16() {
            String bomb = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE Bundle [<!ENTITY a \"aaaa\">]>"
                    + "<Bundle xmlns=\"http://hl7.org/fhir\"/>";

            assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(bomb.getBytes(StandardCharsets.UTF_16)), sink))
                    .isInstanceOf(IngestFailure.class).hasMessageContaining("DOCTYPE");
        }
    }

    /** {"resourceType":"Bundle","entry":[ entry × n, {} ]}, produced as it is read. */
    private static InputStream generatedBundle(byte[] entry, int entries, AtomicLong served) {
        byte[] head = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("{\"resource\":" + auditEventJson("last", "R", true) + "}]}").getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;
            final long total = head.length + (long) entry.length * entries + tail.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - position);
                for (int i = 0; i < n; i++) {
                    long p = position + i;
                    long body = p - head.length;
                    if (p < head.length) {
                        b[off + i] = head[(int) p];
                    } else if (body < (long) entry.length * entries) {
                        b[off + i] = entry[(int) (body % entry.length)];
                    } else {
                        b[off + i] = tail[(int) (body - (long) entry.length * entries)];
                    }
                }
                position += n;
                served.set(position);
                return n;
            }
        };
    }
}

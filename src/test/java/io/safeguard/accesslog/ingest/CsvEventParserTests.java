package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.IngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvEventParserTests {
    private static final CsvMapping GENERIC = CsvMapping.builtIn(CsvMapping.GENERIC);
    private final CollectingSink sink = new CollectingSink();

    private IngestSummary parseGeneric(String text) throws IOException {
        return new CsvEventParser(GENERIC, ',', ParserOptions.defaults().withSourceSystem("ehr-a")).parse(utf8(text), sink);
    }

    @Nested
    class GenericMapping {
        @Test
        void mapsEveryColumnOfTheGenericLayout() throws IOException {
            String line = "evt-1,2026-03-02T14:05:09.123-06:00,2026-03-02T20:05:10Z,u123,Dana Reyes,RN,Cardiology,P-77,"
                    + "CSN-9,U,order-entry,MedicationRequest,MR-5,WS-12,10.1.2.3,Riverside,4,ETREAT";

            var summary = parseGeneric(GENERIC_HEADER + "\n" + line + "\n");

            assertThat(summary).isEqualTo(new IngestSummary(1, 0));
            assertThat(sink.events()).containsExactly(new AccessEvent("ehr-a", "evt-1",
                    Instant.parse("2026-03-02T20:05:09.123Z"), Instant.parse("2026-03-02T20:05:10Z"), "u123", "Dana Reyes", "RN",
                    "Cardiology", "P-77", "CSN-9", AccessAction.UPDATE, "order-entry", "MedicationRequest", "MR-5", "WS-12",
                    "10.1.2.3", "Riverside", AccessOutcome.MINOR_FAILURE, "ETREAT", sha256(line)));
        }

        @Test
        void leavesOptionalColumnsEmptyAndDefaultsActionAndOutcome() throws IOException {
            parseGeneric("occurred_at,user_id\n2026-03-02T14:05:09Z,u1\n");

            AccessEvent event = sink.events().getFirst();
            assertThat(event.action()).isEqualTo(AccessAction.READ);
            assertThat(event.outcome()).isEqualTo(AccessOutcome.SUCCESS);
            assertThat(event.patientId()).isNull();
            assertThat(event.sourceSystem()).isEqualTo("ehr-a");
        }

        @Test
        void usesTheLineHashAsIdWhenTheSourceHasNone() throws IOException {
            String line = genericLine("", "2026-03-02T14:05:09Z", "u1", "P-1");
            parseGeneric(GENERIC_HEADER + "\r\n" + line + "\r\n");

            assertThat(sink.events().getFirst().sourceEventId()).isEqualTo(sha256(line));
            assertThat(sink.events().getFirst().rawSha256()).isEqualTo(sha256(line));
        }

        @Test
        void givesTheSameHashesAndIdsOnEveryRun() throws IOException {
            String text = GENERIC_HEADER + "\n" + genericLine("", "2026-03-02T14:05:09Z", "u1", "P-1") + "\n"
                    + genericLine("", "2026-03-02T14:05:10Z", "u1", "P-1") + "\n";
            var again = new CollectingSink();

            parseGeneric(text);
            new CsvEventParser(GENERIC, ',', ParserOptions.defaults().withSourceSystem("ehr-a")).parse(utf8(text), again);

            assertThat(again.events()).isEqualTo(sink.events());
            assertThat(sink.events()).extracting(AccessEvent::sourceEventId).containsExactly(
                    sha256(genericLine("", "2026-03-02T14:05:09Z", "u1", "P-1")),
                    sha256(genericLine("", "2026-03-02T14:05:10Z", "u1", "P-1")));
            // pinned: the id of a line must never change between releases, or re-delivered lines would duplicate
            assertThat(sink.events().getFirst().sourceEventId())
                    .isEqualTo("2b7c23c5097a1c7a0bf835b8a9c1b385d31a4a08765439c0c08e451b8881191f");
        }

        @Test
        void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws IOException {
            String text = "occurred_at,user_id,user_name,object_id\n"
                    + "2026-03-02T14:05:09Z,u1,\"Reyes, Dana \"\"DR\"\"\",\"line one\nline two\"\n"
                    + "2026-03-02T14:05:09Z,,x,y\n";

            parseGeneric(text);

            assertThat(sink.events().getFirst().userName()).isEqualTo("Reyes, Dana \"DR\"");
            assertThat(sink.events().getFirst().objectId()).isEqualTo("line one\nline two");
            assertThat(sink.rejections()).containsExactly(new Rejection(4, "user_id is empty, and userId is required"));
        }

        @Test
        void keepsFormulaLikeValuesAsData() throws IOException {
            String text = "occurred_at,user_id,user_name,object_id,workstation\n"
                    + "2026-03-02T14:05:09Z,=cmd|' /C calc'!A0,+SUM(1;2),-2+3,@WS\n";

            parseGeneric(text);

            AccessEvent event = sink.events().getFirst();
            assertThat(event.userId()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(event.userName()).isEqualTo("+SUM(1;2)");
            assertThat(event.objectId()).isEqualTo("-2+3");
            assertThat(event.workstation()).isEqualTo("@WS");
        }

        @Test
        void matchesHeaderNamesWithoutRegardToCaseAndSkipsBlankLines() throws IOException {
            parseGeneric("\uFEFFOCCURRED_AT,User_Id\n\n2026-03-02T14:05:09Z,u1\n\n");

            assertThat(sink.events()).hasSize(1);
            assertThat(sink.rejections()).isEmpty();
        }

        @Test
        void readsTabAndPipeSeparatedFiles() throws IOException {
            new CsvEventParser(GENERIC, '\t', ParserOptions.defaults()).parse(utf8("occurred_at\tuser_id\n2026-03-02T14:05:09Z\tu1\n"), sink);
            new CsvEventParser(GENERIC, '|', ParserOptions.defaults()).parse(utf8("occurred_at|user_id\n2026-03-02T14:05:09Z|u2\n"), sink);

            assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u2");
            assertThat(sink.events()).extracting(AccessEvent::sourceSystem).containsOnly("generic");
        }
    }

    @Nested
    class EpicAccessLog {
        private final CsvEventParser epic = new CsvEventParser(CsvMapping.builtIn(CsvMapping.EPIC_ACCESS_LOG), '|',
                ParserOptions.defaults().withZone(ZoneId.of("America/Chicago")));

        @Test
        void mapsClarityAccessLogColumns() throws IOException {
            String header = "ACCESS_INSTANT|ACCESS_TIME|PROCESS_ID|METRIC_ID|METRIC_NAME|USER_ID|WORKSTATION_ID|PAT_ID|CSN|"
                    + "ACCESS_ACTION_C|DEPLOYMENT_ID|AUDIT_SESSION_ID";
            String line = "2026-03-02 20:05:10|2026-03-02 14:05:09.250|881|17|Chart Review Notes tab selected|E1234|"
                    + "LWS-77|Z100|7001|1|DEP-1|S-42";

            epic.parse(utf8(header + "\n" + line + "\n"), sink);

            assertThat(sink.events()).containsExactly(new AccessEvent("epic", sha256(line),
                    Instant.parse("2026-03-02T20:05:09.250Z"), Instant.parse("2026-03-02T20:05:10Z"), "E1234", null, null,
                    null, "Z100", "7001", AccessAction.READ, "Chart Review Notes tab selected", null, null, "LWS-77", null,
                    "DEP-1", AccessOutcome.SUCCESS, null, sha256(line)));
        }

        @Test
        void fallsBackToTheMetricIdAndTheEncounterCsnColumn() throws IOException {
            epic.parse(utf8("ACCESS_TIME|USER_ID|PAT_ID|PAT_ENC_CSN_ID|METRIC_ID\n2026-07-01 09:00:00|E1|Z1|55|17\n"), sink);

            AccessEvent event = sink.events().getFirst();
            assertThat(event.actionCode()).isEqualTo("17");
            assertThat(event.encounterId()).isEqualTo("55");
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
        }

        @Test
        void needsTheSourceTimeZone() {
            assertThatThrownBy(() -> new CsvEventParser(CsvMapping.builtIn(CsvMapping.EPIC_ACCESS_LOG), '|', ParserOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("time zone");
        }
    }

    @Nested
    class SiteMapping {
        @Test
        void loadsAMappingWithAPatternAZoneAndActionValues() throws IOException {
            String yaml = """
                    name: meditech-report
                    sourceSystem: meditech
                    columns:
                      occurredAt: Access Date
                      userId: [User, UserID]
                      patientId: Account
                      action: Activity
                    times:
                      occurredAt: { format: "M/d/yyyy h:mm:ss a", zone: America/New_York }
                    action:
                      ifEmpty: READ
                      ifUnknown: reject
                      values: { Viewed: R, Edited: UPDATE, Printed: E }
                    """;
            var mapping = CsvMapping.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

            new CsvEventParser(mapping, ',', ParserOptions.defaults()).parse(utf8(
                    "Access Date,UserID,Account,Activity\n3/2/2026 2:05:09 PM,JS1,A9,edited\n3/2/2026 2:06:00 PM,JS1,A9,Faxed\n"), sink);

            assertThat(sink.events()).singleElement().satisfies(e -> {
                assertThat(e.sourceSystem()).isEqualTo("meditech");
                assertThat(e.action()).isEqualTo(AccessAction.UPDATE);
                assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-02T19:05:09Z"));
            });
            assertThat(sink.rejections()).containsExactly(new Rejection(3, "Activity has an action value that the mapping does not know"));
        }

        @Test
        void refusesAMappingWithAnUnknownField() {
            String yaml = "name: x\ncolumns: { userId: a, occurredAt: b, patientName: c }\n";

            assertThatThrownBy(() -> CsvMapping.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("patientName");
        }
    }

    @Nested
    class BadInput {
        @Test
        void failsWhenTheHeaderLacksARequiredColumn() {
            assertThatThrownBy(() -> parseGeneric("occurred_at,patient_id\n2026-03-02T14:05:09Z,P1\n"))
                    .isInstanceOf(IngestFailure.class)
                    .hasMessageContaining("user_id").hasMessageContaining("userId");
        }

        @Test
        void failsOnAnEmptyInput() {
            assertThatThrownBy(() -> parseGeneric("")).isInstanceOf(IngestFailure.class).hasMessageContaining("empty");
        }

        @Test
        void rejectsAnUnparseableTimeWithoutQuotingIt() throws IOException {
            parseGeneric("occurred_at,user_id\n2026-03-02T14:05:09Z,u1\nyesterday at noon,u2\n2026-03-02T14:05:09,u3\n2026-03-02T14:05:10Z,u4\n");

            assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u4");
            assertThat(sink.rejections()).containsExactly(
                    new Rejection(3, "occurred_at is not a time in the expected format"),
                    new Rejection(4, "occurred_at is not a time in the expected format (it has no UTC offset)"));
        }

        @Test
        void rejectsAnUnknownActionCode() throws IOException {
            parseGeneric("occurred_at,user_id,action,outcome\n2026-03-02T14:05:09Z,u1,X,0\n2026-03-02T14:05:09Z,u1,R,3\n");

            assertThat(sink.rejections()).containsExactly(
                    new Rejection(2, "action has an action value that the mapping does not know"),
                    new Rejection(3, "outcome has an outcome value that the mapping does not know"));
        }

        @Test
        void rejectsAWrongFieldCountAndATruncatedFinalRecord() throws IOException {
            parseGeneric("occurred_at,user_id,user_name\n2026-03-02T14:05:09Z,u1,A\n2026-03-02T14:05:09Z,u2\n"
                    + "2026-03-02T14:05:09Z,u3,B\n2026-03-02T14:05:09Z,u4,\"Rey");

            assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u3");
            assertThat(sink.rejections()).containsExactly(
                    new Rejection(3, "the record has 2 fields and the header has 3"),
                    new Rejection(5, "the record ends inside a quoted field"));
        }

        @Test
        void rejectsTextAfterAClosingQuote() throws IOException {
            parseGeneric("occurred_at,user_id\n2026-03-02T14:05:09Z,\"u1\"x\n2026-03-02T14:05:09Z,u2\n");

            assertThat(sink.rejections()).containsExactly(new Rejection(2, "a quoted field has text after its closing quote"));
            assertThat(sink.events()).hasSize(1);
        }

        @Test
        void rejectsAValueLongerThanTheFieldLimit() throws IOException {
            parseGeneric("occurred_at,user_id,user_name\n2026-03-02T14:05:09Z,u1," + "x".repeat(513) + "\n");

            assertThat(sink.rejections()).containsExactly(new Rejection(2, "user_name is longer than 512 characters"));
        }

        @Test
        void skipsATenMegabyteLineWithoutBufferingItAndReadsTheLinesAfterIt() throws IOException {
            byte[] before = "occurred_at,user_id\n2026-03-02T14:05:09Z,u1\n".getBytes(StandardCharsets.UTF_8);
            byte[] after = "\n2026-03-02T14:05:10Z,u2\n".getBytes(StandardCharsets.UTF_8);
            var input = new java.io.SequenceInputStream(new ByteArrayInputStream(before),
                    repeated((byte) 'a', 10L * 1024 * 1024, after));

            long allocatedBefore = allocatedBytes();
            parseGeneric(input);
            long allocated = allocatedBytes() - allocatedBefore;

            assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1", "u2");
            assertThat(sink.rejections()).containsExactly(new Rejection(3, "the record is longer than 65536 bytes"));
            assertThat(allocated).as("bytes allocated while parsing").isLessThan(4L * 1024 * 1024);
        }

        @Test
        void rejectsALineThatIsNotUtf8AndReadsTheRest() throws IOException {
            var bytes = new ByteArrayOutputStream();
            bytes.writeBytes("occurred_at,user_id,user_name\n2026-03-02T14:05:09Z,u1,Ren\u00e9e\n".getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {'2', '0', '2', '6', ',', 'u', '2', ',', (byte) 0xC3, (byte) 0x28, '\n'});
            bytes.writeBytes("2026-03-02T14:05:10Z,u3,x\n".getBytes(StandardCharsets.UTF_8));

            parseGeneric(new ByteArrayInputStream(bytes.toByteArray()));

            assertThat(sink.events()).extracting(AccessEvent::userName).containsExactly("Ren\u00e9e", "x");
            assertThat(sink.rejections()).containsExactly(new Rejection(3, "the record is not valid UTF-8"));
        }

        @Test
        void failsOnUtf16AndCompressedInput() {
            byte[] utf16 = "occurred_at,user_id\n".getBytes(StandardCharsets.UTF_16);
            byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0};

            assertThatThrownBy(() -> parseGeneric(new ByteArrayInputStream(utf16))).isInstanceOf(IngestFailure.class)
                    .hasMessageContaining("UTF-16");
            assertThatThrownBy(() -> parseGeneric(new ByteArrayInputStream(gzip))).isInstanceOf(IngestFailure.class)
                    .hasMessageContaining("gzip");
        }
    }

    private IngestSummary parseGeneric(java.io.InputStream input) throws IOException {
        return new CsvEventParser(GENERIC, ',', ParserOptions.defaults().withSourceSystem("ehr-a")).parse(input, sink);
    }
}

package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.AtnaFixtures.*;
import static io.safeguard.accesslog.ingest.IngestFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AtnaMessageParserTests {
    private final AtnaMessageParser atna = new AtnaMessageParser(ParserOptions.defaults());

    private AccessEvent event(String msg) throws RecordRejected {
        return atna.toEvent(SyslogMessage.parse((HEADER + msg).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mapsADicomPatientRecordAuditMessage() throws RecordRejected {
        String msg = patientRecordRead("true");

        assertThat(event(msg)).isEqualTo(new AccessEvent("ehr-prod", sha256(msg), Instant.parse("2026-03-02T14:05:09.500Z"),
                Instant.parse("2026-03-02T14:05:10.250Z"), "u123", "Dana Reyes", "Registered Nurse", null, "P-77^^^&1.2.3&ISO",
                "V-9", AccessAction.READ, "ITI-9", "Report Number", "RPT-1", "ws-12.riverside.local", null, "Riverside",
                AccessOutcome.SUCCESS, "TREAT", sha256(msg)));
    }

    @Test
    void takesTheConfiguredSourceAndReadsLocalTimesInTheSourceZone() throws RecordRejected {
        var parser = new AtnaMessageParser(ParserOptions.defaults().withSourceSystem("pacs").withZone(ZoneId.of("America/Chicago")));
        String msg = oneLine("u9").replace("2026-03-02T15:00:00Z", "2026-03-02T09:00:00");

        AccessEvent event = parser.toEvent(SyslogMessage.parse(("<85>1 - pacs01 - - - - " + msg).getBytes(StandardCharsets.UTF_8)));

        assertThat(event.sourceSystem()).isEqualTo("pacs");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(event.recordedAt()).isNull();
        assertThat(event.action()).isEqualTo(AccessAction.UPDATE);
        assertThat(event.outcome()).isEqualTo(AccessOutcome.MINOR_FAILURE);
        assertThat(event.actionCode()).isEqualTo("110110");
    }

    @Test
    void rejectsAMessageWithoutARequestor() {
        assertThatThrownBy(() -> event(patientRecordRead("false"))).isInstanceOf(RecordRejected.class)
                .hasMessage("no ActiveParticipant has UserIsRequestor=\"true\"");
    }

    @Test
    void rejectsBadCodesMissingTimesAndOtherDocuments() {
        assertThatThrownBy(() -> event(oneLine("u1").replace("EventActionCode=\"U\"", "EventActionCode=\"Q\"")))
                .hasMessage("EventActionCode is not C, R, U, D or E");
        assertThatThrownBy(() -> event(oneLine("u1").replace("EventOutcomeIndicator=\"4\"", "EventOutcomeIndicator=\"3\"")))
                .hasMessage("EventOutcomeIndicator is not 0, 4, 8 or 12");
        assertThatThrownBy(() -> event(oneLine("u1").replace(" EventDateTime=\"2026-03-02T15:00:00Z\"", "")))
                .hasMessage("EventIdentification has no EventDateTime");
        assertThatThrownBy(() -> event("<Patient/>")).hasMessageContaining("not a DICOM / RFC 3881 AuditMessage");
        assertThatThrownBy(() -> event("<AuditMessage>")).hasMessage("the MSG is not well-formed XML");
        assertThatThrownBy(() -> atna.toEvent(SyslogMessage.parse("<85>1 - - - - - -".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("the syslog message has no MSG");
    }

    @Test
    void refusesADoctypeAndDoesNotExpandEntities() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE AuditMessage [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + oneLine("&b;&xxe;");

        assertThatThrownBy(() -> event(bomb)).isInstanceOf(RecordRejected.class).hasMessageContaining("DOCTYPE");
    }
}

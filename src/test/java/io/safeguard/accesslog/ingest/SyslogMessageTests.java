package io.safeguard.accesslog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyslogMessageTests {
    private static SyslogMessage parse(String text) throws RecordRejected {
        return SyslogMessage.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryHeaderFieldStructuredDataAndAMessageWithAByteOrderMark() throws RecordRejected {
        var message = parse("<85>1 2026-03-02T08:05:10.250123-06:00 ehr1.riverside.local EHR 1234 IHE+RFC-3881 "
                + "[origin ip=\"10.0.0.1\" software=\"EHR \\\"v9\\\" \\] x\\y\"][meta sequenceId=\"7\"] \uFEFF<AuditMessage/>");

        assertThat(message.facility()).isEqualTo(10);
        assertThat(message.severity()).isEqualTo(5);
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-03-02T14:05:10.250123Z"));
        assertThat(message.hostname()).isEqualTo("ehr1.riverside.local");
        assertThat(message.appName()).isEqualTo("EHR");
        assertThat(message.procId()).isEqualTo("1234");
        assertThat(message.msgId()).isEqualTo("IHE+RFC-3881");
        assertThat(message.structuredData()).containsExactly(
                new SyslogMessage.StructuredElement("origin", List.of(new SyslogMessage.Param("ip", "10.0.0.1"),
                        new SyslogMessage.Param("software", "EHR \"v9\" ] x\\y"))),
                new SyslogMessage.StructuredElement("meta", List.of(new SyslogMessage.Param("sequenceId", "7"))));
        assertThat(message.msgText()).isEqualTo("<AuditMessage/>");
        assertThat(message.msg()).hasSize(3 + "<AuditMessage/>".length());
        assertThat(message.toString()).doesNotContain("AuditMessage");
    }

    @Test
    void readsNilValuesAndAMessageWithoutMsg() throws RecordRejected {
        var message = parse("<0>1 - - - - - -");

        assertThat(message.timestamp()).isNull();
        assertThat(message.hostname()).isNull();
        assertThat(message.msgId()).isNull();
        assertThat(message.structuredData()).isEmpty();
        assertThat(message.msg()).isEmpty();
    }

    @Test
    void refusesWhatIsNotRfc5424() {
        assertThatThrownBy(() -> parse("<34>Oct 11 22:14:15 mymachine su: 'su root' failed")).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("RFC 5424");
        assertThatThrownBy(() -> parse("<192>1 - - - - - -")).hasMessageContaining("PRI");
        assertThatThrownBy(() -> parse("<13>1 2026-03-02T14:05:10 host app - - -")).hasMessageContaining("TIMESTAMP");
        assertThatThrownBy(() -> parse("<13>1 - host " + "a".repeat(49) + " - - -")).hasMessage("APP-NAME is longer than 48 characters");
        assertThatThrownBy(() -> parse("<13>1 - host app - - [x a=\"1]")).hasMessageContaining("not closed with a quote");
        assertThatThrownBy(() -> parse("<13>1 - host app - -")).hasMessage("the message has no space after MSGID");
    }
}

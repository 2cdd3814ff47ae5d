package io.safeguard.accesslog.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** DICOM PS3.15 A.5 audit messages and RFC 5424 frames around them. */
final class AtnaFixtures {
    static final String HEADER = "<85>1 2026-03-02T14:05:10.250Z ehr1.riverside.local EHR 1234 IHE+RFC-3881 - ";

    private AtnaFixtures() {}

    /** A Patient Record read (EventID 110110) by nurse u123 of patient P-77 in encounter V-9. */
    static String patientRecordRead(String requestor) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <AuditMessage>
                  <EventIdentification EventActionCode="R" EventDateTime="2026-03-02T14:05:09.500Z" EventOutcomeIndicator="0">
                    <EventID csd-code="110110" codeSystemName="DCM" originalText="Patient Record"/>
                    <EventTypeCode csd-code="ITI-9" codeSystemName="IHE Transactions" originalText="PIX Query"/>
                    <PurposeOfUse csd-code="TREAT" codeSystemName="v3-ActReason" originalText="Treatment"/>
                  </EventIdentification>
                  <ActiveParticipant UserID="pix-client" UserIsRequestor="false" NetworkAccessPointID="10.0.0.5" NetworkAccessPointTypeCode="2"/>
                  <ActiveParticipant UserID="u123" AlternativeUserID="4711" UserName="Dana Reyes" UserIsRequestor="%s"
                      NetworkAccessPointID="ws-12.riverside.local" NetworkAccessPointTypeCode="1">
                    <RoleIDCode csd-code="RN" codeSystemName="local" originalText="Registered Nurse"/>
                  </ActiveParticipant>
                  <AuditSourceIdentification AuditEnterpriseSiteID="Riverside" AuditSourceID="ehr-prod">
                    <AuditSourceTypeCode csd-code="4"/>
                  </AuditSourceIdentification>
                  <ParticipantObjectIdentification ParticipantObjectID="P-77^^^&amp;1.2.3&amp;ISO" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
                    <ParticipantObjectIDTypeCode csd-code="2" originalText="Patient Number"/>
                  </ParticipantObjectIdentification>
                  <ParticipantObjectIdentification ParticipantObjectID="V-9" ParticipantObjectTypeCode="2">
                    <ParticipantObjectIDTypeCode code="3" displayName="Encounter Number"/>
                  </ParticipantObjectIdentification>
                  <ParticipantObjectIdentification ParticipantObjectID="RPT-1" ParticipantObjectTypeCode="2" ParticipantObjectTypeCodeRole="3">
                    <ParticipantObjectIDTypeCode csd-code="9" originalText="Report Number"/>
                  </ParticipantObjectIdentification>
                </AuditMessage>""".formatted(requestor);
    }

    /** A compact one-line message, for LF-terminated framing. */
    static String oneLine(String userId) {
        return "<AuditMessage><EventIdentification EventActionCode=\"U\" EventDateTime=\"2026-03-02T15:00:00Z\" "
                + "EventOutcomeIndicator=\"4\"><EventID csd-code=\"110110\"/></EventIdentification><ActiveParticipant UserID=\""
                + userId + "\" UserIsRequestor=\"true\"/><ParticipantObjectIdentification ParticipantObjectID=\"P-1\" "
                + "ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"/></AuditMessage>";
    }

    /** RFC 5425 octet counting: "MSG-LEN SP SYSLOG-MSG". */
    static byte[] octetCounted(String syslogMessage) {
        byte[] message = syslogMessage.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        out.writeBytes((message.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(message);
        return out.toByteArray();
    }

    /** RFC 6587 non-transparent framing: the message and LF. */
    static byte[] lineTerminated(String syslogMessage) {
        return (syslogMessage + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

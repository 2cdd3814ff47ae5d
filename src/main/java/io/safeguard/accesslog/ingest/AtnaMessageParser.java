package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An IHE ATNA audit message (DICOM PS3.15 A.5, which extends RFC 3881), the MSG of a syslog message, as an access
 * event. Elements are matched by local name; coded values by {@code csd-code} (DICOM) or {@code code} (RFC 3881).
 *
 * <ul>
 *   <li>{@code EventIdentification}: {@code EventDateTime} (required; without an offset it is read in the source's
 *       zone, else as UTC, which DICOM prescribes), {@code EventActionCode} (C/R/U/D/E, READ when absent), {@code
 *       EventOutcomeIndicator} (0/4/8/12, success when absent), the action code from {@code EventTypeCode}, else
 *       {@code EventID}, and {@code PurposeOfUse}.
 *   <li>The first {@code ActiveParticipant} with {@code UserIsRequestor="true"} is the user ({@code UserID}, else
 *       {@code AlternativeUserID}; {@code UserName}; {@code RoleIDCode}); its {@code NetworkAccessPointID} is the
 *       workstation when typed 1 (machine name), else the network address.
 *   <li>{@code AuditSourceIdentification}: {@code AuditEnterpriseSiteID} is the facility; {@code AuditSourceID} the
 *       source system unless one is configured.
 *   <li>{@code ParticipantObjectIdentification}: type 1 with role 1 is the patient, ID type code 3 (RFC 3881
 *       "Encounter Number") the encounter, the first other one the object.
 * </ul>
 *
 * ATNA messages carry no event id, so the id is the SHA-256 of the MSG as received; {@code recordedAt} is the syslog
 * TIMESTAMP.
 */
public final class AtnaMessageParser {
    private final @Nullable String sourceSystem;
    private final ZoneId zone;

    public AtnaMessageParser(ParserOptions options) {
        this.sourceSystem = options.sourceSystem();
        this.zone = options.zone() != null ? options.zone() : ZoneOffset.UTC;
    }

    public AccessEvent toEvent(SyslogMessage message) throws RecordRejected {
        if (message.msg().length == 0) {
            throw new RecordRejected("the syslog message has no MSG");
        }
        String rawSha256 = new Sha256().hex(message.msg());
        Audit audit = read(message.msg());
        if (audit.user == null) {
            throw new RecordRejected("no ActiveParticipant has UserIsRequestor=\"true\"");
        }
        if (audit.user.userId == null) {
            throw new RecordRejected("the requesting ActiveParticipant has no UserID");
        }
        if (audit.eventDateTime == null) {
            throw new RecordRejected("EventIdentification has no EventDateTime");
        }
        Instant occurred;
        try {
            occurred = IsoTimes.parse(audit.eventDateTime, zone);
        } catch (DateTimeException e) {
            throw new RecordRejected("EventDateTime is not an ISO-8601 date-time");
        }
        boolean machine = "1".equals(audit.user.networkType);
        return new AccessEvent(
                limited("AuditSourceID", AuditEventMapping.first(sourceSystem, audit.sourceId, message.hostname(), "atna")),
                rawSha256, occurred, message.timestamp(),
                limited("UserID", audit.user.userId), limited("UserName", audit.user.userName),
                limited("RoleIDCode", audit.user.role), null,
                limited("ParticipantObjectID", audit.patient), limited("ParticipantObjectID", audit.encounter),
                action(audit.actionCode), limited("EventTypeCode", AuditEventMapping.first(audit.eventType, audit.eventId)),
                limited("ParticipantObjectIDTypeCode", audit.objectType), limited("ParticipantObjectID", audit.objectId),
                machine ? limited("NetworkAccessPointID", audit.user.network) : null,
                machine ? null : limited("NetworkAccessPointID", audit.user.network),
                limited("AuditEnterpriseSiteID", audit.siteId), outcome(audit.outcome),
                limited("PurposeOfUse", audit.purposeOfUse), rawSha256);
    }

    private static final class Participant {
        @Nullable String userId;
        @Nullable String userName;
        @Nullable String role;
        @Nullable String network;
        @Nullable String networkType;
    }

    /** What the message says, as read; checked by {@link #toEvent}. */
    private static final class Audit {
        @Nullable String eventDateTime;
        @Nullable String actionCode;
        @Nullable String outcome;
        @Nullable String eventId;
        @Nullable String eventType;
        @Nullable String purposeOfUse;
        @Nullable Participant user;
        @Nullable String sourceId;
        @Nullable String siteId;
        @Nullable String patient;
        @Nullable String encounter;
        @Nullable String objectType;
        @Nullable String objectId;
    }

    /** A ParticipantObjectIdentification while it is read. */
    private static final class ParticipantObject {
        @Nullable String id;
        boolean patient;
        @Nullable String typeCode;
        @Nullable String typeLabel;
    }

    private static Audit read(byte[] msg) throws RecordRejected {
        var audit = new Audit();
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(msg));
            SafeXml.toRoot(r);
            if (!r.getLocalName().equals("AuditMessage")) {
                throw new RecordRejected("the MSG is not a DICOM / RFC 3881 AuditMessage");
            }
            Participant participant = null;
            ParticipantObject object = null;
            while (r.hasNext()) {
                int event = r.next();
                SafeXml.refuseDtd(event);
                if (event == XMLStreamReader.END_ELEMENT && object != null
                        && r.getLocalName().equals("ParticipantObjectIdentification")) {
                    place(audit, object);
                    object = null;
                } else if (event == XMLStreamReader.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "EventIdentification" -> {
                            audit.eventDateTime = attr(r, "EventDateTime");
                            audit.actionCode = attr(r, "EventActionCode");
                            audit.outcome = attr(r, "EventOutcomeIndicator");
                        }
                        case "EventID" -> audit.eventId = code(r);
                        case "EventTypeCode" -> audit.eventType = audit.eventType != null ? audit.eventType : code(r);
                        case "PurposeOfUse" -> audit.purposeOfUse = audit.purposeOfUse != null ? audit.purposeOfUse
                                : AuditEventMapping.first(code(r), label(r));
                        case "ActiveParticipant" -> participant = requestor(r, audit);
                        case "RoleIDCode" -> {
                            if (participant != null && participant.role == null) {
                                participant.role = label(r);
                            }
                        }
                        case "AuditSourceIdentification" -> {
                            audit.sourceId = attr(r, "AuditSourceID");
                            audit.siteId = attr(r, "AuditEnterpriseSiteID");
                        }
                        case "ParticipantObjectIdentification" -> {
                            object = new ParticipantObject();
                            object.id = attr(r, "ParticipantObjectID");
                            object.patient = "1".equals(attr(r, "ParticipantObjectTypeCode"))
                                    && "1".equals(attr(r, "ParticipantObjectTypeCodeRole"));
                        }
                        case "ParticipantObjectIDTypeCode" -> {
                            if (object != null) {
                                object.typeCode = code(r);
                                object.typeLabel = label(r);
                            }
                        }
                        default -> { }
                    }
                }
            }
        } catch (SafeXml.DtdRefused e) {
            throw new RecordRejected("the audit message has a DOCTYPE or entity references, which are refused");
        } catch (XMLStreamException e) {
            throw new RecordRejected("the MSG is not well-formed XML");
        }
        return audit;
    }

    /** The participant if it is the first requestor, so that its RoleIDCode is read; else {@code null}. */
    private static @Nullable Participant requestor(XMLStreamReader r, Audit audit) {
        if (audit.user != null || !"true".equalsIgnoreCase(attr(r, "UserIsRequestor"))) {
            return null;
        }
        var p = new Participant();
        p.userId = AuditEventMapping.first(attr(r, "UserID"), attr(r, "AlternativeUserID"));
        p.userName = attr(r, "UserName");
        p.network = attr(r, "NetworkAccessPointID");
        p.networkType = attr(r, "NetworkAccessPointTypeCode");
        audit.user = p;
        return p;
    }

    /** A finished ParticipantObjectIdentification is the patient, the encounter or the object. */
    private static void place(Audit audit, ParticipantObject object) {
        if (object.id == null) {
            return;
        }
        if (object.patient) {
            if (audit.patient == null) {
                audit.patient = object.id;
            }
        } else if ("3".equals(object.typeCode)) {
            if (audit.encounter == null) {
                audit.encounter = object.id;
            }
        } else if (audit.objectId == null) {
            audit.objectId = object.id;
            audit.objectType = object.typeLabel;
        }
    }

    private static AccessAction action(@Nullable String code) throws RecordRejected {
        if (code == null || code.isBlank()) {
            return AccessAction.READ;
        }
        return AccessAction.ofCode(code).orElseThrow(() -> new RecordRejected("EventActionCode is not C, R, U, D or E"));
    }

    private static AccessOutcome outcome(@Nullable String indicator) throws RecordRejected {
        if (indicator == null || indicator.isBlank()) {
            return AccessOutcome.SUCCESS;
        }
        try {
            return AccessOutcome.ofCode(Integer.parseInt(indicator.strip())).orElseThrow();
        } catch (RuntimeException e) {
            throw new RecordRejected("EventOutcomeIndicator is not 0, 4, 8 or 12");
        }
    }

    private static @Nullable String attr(XMLStreamReader r, String name) {
        return AuditEventMapping.first(r.getAttributeValue(null, name));
    }

    private static @Nullable String code(XMLStreamReader r) {
        return AuditEventMapping.first(attr(r, "csd-code"), attr(r, "code"));
    }

    private static @Nullable String label(XMLStreamReader r) {
        return AuditEventMapping.first(attr(r, "originalText"), attr(r, "displayName"), code(r));
    }

    private static @Nullable String limited(String element, @Nullable String value) throws RecordRejected {
        if (value != null && value.length() > AccessEvent.MAX_FIELD) {
            throw new RecordRejected(element + " is longer than " + AccessEvent.MAX_FIELD + " characters");
        }
        return value;
    }
}

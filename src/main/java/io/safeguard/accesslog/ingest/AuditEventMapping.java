package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR R4 AuditEvent as an access event, following IHE BALP: the user is the agent with {@code requestor = true}
 * ({@code who.identifier.value}, else {@code who.reference}, else {@code altId}); the patient is the entity whose
 * {@code what} is a Patient, or whose type is 1 (person) and role 1 (patient); the encounter is an Encounter entity;
 * the first other entity is the object. {@code period.start} (else {@code recorded}) is when it happened. The action
 * code is the most specific code ({@code subtype}, else {@code type}), as R5's {@code code}. A missing action reads as
 * READ, a missing outcome as success.
 */
final class AuditEventMapping {
    private final @Nullable String sourceSystem;

    AuditEventMapping(@Nullable String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    AccessEvent map(AuditEvent e, String rawSha256) throws RecordRejected {
        Instant recorded = e.hasRecorded() ? e.getRecorded().toInstant() : null;
        Instant occurred = e.getPeriod().hasStart() ? e.getPeriod().getStart().toInstant() : recorded;
        if (occurred == null) {
            throw new RecordRejected("the AuditEvent has neither period.start nor recorded");
        }
        AuditEventAgentComponent user = e.getAgent().stream().filter(a -> a.hasRequestor() && a.getRequestor()).findFirst()
                .orElseThrow(() -> new RecordRejected("the AuditEvent has no agent with requestor = true"));
        String userId = first(user.getWho().getIdentifier().getValue(), user.getWho().getReference(), user.getAltId());
        if (userId == null) {
            throw new RecordRejected("the requesting agent has no who.identifier, who.reference or altId");
        }
        var network = e.getAgent().stream().filter(a -> a == user && a.getNetwork().hasAddress()).findFirst()
                .or(() -> e.getAgent().stream().filter(a -> a.getNetwork().hasAddress()).findFirst())
                .map(AuditEventAgentComponent::getNetwork).orElse(null);
        boolean machineName = network != null && network.hasType() && "1".equals(network.getType().toCode());
        Entities entities = entities(e.getEntity());
        String id = e.getIdElement().getIdPart();
        return new AccessEvent(
                limited("source", first(sourceSystem, observer(e.getSource().getObserver()), "fhir")),
                limited("id", id != null ? id : rawSha256), occurred, recorded,
                limited("agent.who", userId),
                limited("agent.name", first(user.getName(), user.getWho().getDisplay())),
                limited("agent.role", first(text(user.getRole()), text(List.of(user.getType())))),
                null,
                limited("entity (patient)", entities.patient),
                limited("entity (encounter)", entities.encounter),
                action(e),
                limited("subtype", first(e.getSubtype().isEmpty() ? null : e.getSubtype().getFirst().getCode(), e.getType().getCode())),
                limited("entity.type", entities.objectType),
                limited("entity.what", entities.objectId),
                machineName ? limited("agent.network", network.getAddress()) : null,
                network != null && !machineName ? limited("agent.network", network.getAddress()) : null,
                limited("source.site", e.getSource().getSite()),
                outcome(e),
                limited("purposeOfEvent", first(code(e.getPurposeOfEvent()), code(user.getPurposeOfUse()))),
                rawSha256);
    }

    private record Entities(@Nullable String patient, @Nullable String encounter, @Nullable String objectType,
            @Nullable String objectId) {}

    private static Entities entities(List<AuditEventEntityComponent> entities) {
        String patient = null;
        String encounter = null;
        String objectType = null;
        String objectId = null;
        for (AuditEventEntityComponent entity : entities) {
            String type = resourceType(entity.getWhat());
            String id = first(entity.getWhat().getIdentifier().getValue(), idPart(entity.getWhat()), entity.getName());
            boolean patientRole = "1".equals(entity.getType().getCode()) && "1".equals(entity.getRole().getCode());
            if (patient == null && ("Patient".equals(type) || patientRole)) {
                patient = id;
            } else if (encounter == null && "Encounter".equals(type)) {
                encounter = id;
            } else if (objectId == null && id != null) {
                objectType = first(type, entity.getType().getDisplay(), entity.getType().getCode());
                objectId = id;
            }
        }
        return new Entities(patient, encounter, objectType, objectId);
    }

    private static AccessAction action(AuditEvent e) {
        if (!e.hasAction()) {
            return AccessAction.READ;
        }
        return switch (e.getAction()) {
            case C -> AccessAction.CREATE;
            case U -> AccessAction.UPDATE;
            case D -> AccessAction.DELETE;
            case E -> AccessAction.EXECUTE;
            case R, NULL -> AccessAction.READ;
        };
    }

    private static AccessOutcome outcome(AuditEvent e) {
        if (!e.hasOutcome()) {
            return AccessOutcome.SUCCESS;
        }
        return switch (e.getOutcome()) {
            case _4 -> AccessOutcome.MINOR_FAILURE;
            case _8 -> AccessOutcome.SERIOUS_FAILURE;
            case _12 -> AccessOutcome.MAJOR_FAILURE;
            case _0, NULL -> AccessOutcome.SUCCESS;
        };
    }

    private static @Nullable String observer(Reference observer) {
        return first(observer.getIdentifier().getValue(), observer.getReference(), observer.getDisplay());
    }

    private static @Nullable String resourceType(Reference what) {
        if (what.hasReference() && what.getReference().contains("/")) {
            return new IdType(what.getReference()).getResourceType();
        }
        return what.hasType() ? what.getType() : null;
    }

    private static @Nullable String idPart(Reference what) {
        if (!what.hasReference()) {
            return null;
        }
        String part = new IdType(what.getReference()).getIdPart();
        return part != null ? part : what.getReference();
    }

    /** The text of the first concept: its text, else its first coding's display, else that coding's code. */
    private static @Nullable String text(List<CodeableConcept> concepts) {
        for (CodeableConcept c : concepts) {
            Coding coding = c.getCodingFirstRep();
            String t = first(c.getText(), coding.getDisplay(), coding.getCode());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The code of the first concept (purpose of use codes such as TREAT or ETREAT), else its text. */
    private static @Nullable String code(List<CodeableConcept> concepts) {
        for (CodeableConcept c : concepts) {
            String t = first(c.getCodingFirstRep().getCode(), c.getText());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static @Nullable String first(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static @Nullable String limited(String element, @Nullable String value) throws RecordRejected {
        if (value != null && value.length() > AccessEvent.MAX_FIELD) {
            throw new RecordRejected(element + " is longer than " + AccessEvent.MAX_FIELD + " characters");
        }
        return value;
    }
}

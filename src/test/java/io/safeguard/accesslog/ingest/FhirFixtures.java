package io.safeguard.accesslog.ingest;

/** FHIR R4 AuditEvents shaped like IHE BALP PatientRead, as JSON and XML. */
final class FhirFixtures {
    private FhirFixtures() {}

    static String auditEventJson(String id, String action, boolean withRequestor) {
        return """
                {
                  "resourceType": "AuditEvent",
                  %s
                  "type": { "system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest" },
                  "subtype": [ { "system": "http://hl7.org/fhir/restful-interaction", "code": "read" } ],
                  "action": "%s",
                  "period": { "start": "2026-03-02T14:05:09Z", "end": "2026-03-02T14:05:10Z" },
                  "recorded": "2026-03-02T14:05:11.250Z",
                  "outcome": "4",
                  "purposeOfEvent": [ { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT" } ] } ],
                  "agent": [
                    { "type": { "coding": [ { "system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110153" } ] },
                      "who": { "display": "EHR client app" }, "requestor": false,
                      "network": { "address": "10.9.8.7", "type": "2" } },
                    { "role": [ { "text": "Registered Nurse" } ],
                      "who": { "identifier": { "value": "u123" }, "display": "Dana Reyes" },
                      "requestor": %s,
                      "network": { "address": "WS-12", "type": "1" } }
                  ],
                  "source": { "site": "Riverside", "observer": { "display": "ehr-prod" } },
                  "entity": [
                    { "what": { "reference": "Patient/P-77" },
                      "type": { "system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "1" },
                      "role": { "system": "http://terminology.hl7.org/CodeSystem/object-role", "code": "1" } },
                    { "what": { "reference": "Encounter/E-9" } },
                    { "what": { "reference": "DocumentReference/D-5" },
                      "type": { "system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "2" } }
                  ]
                }""".formatted(id == null ? "" : "\"id\": \"" + id + "\",", action, withRequestor);
    }

    static String auditEventXml(String id) {
        return """
                <AuditEvent xmlns="http://hl7.org/fhir">
                  <id value="%s"/>
                  <type><system value="http://terminology.hl7.org/CodeSystem/audit-event-type"/><code value="rest"/></type>
                  <subtype><system value="http://hl7.org/fhir/restful-interaction"/><code value="read"/></subtype>
                  <action value="R"/>
                  <period><start value="2026-03-02T14:05:09Z"/></period>
                  <recorded value="2026-03-02T14:05:11.250Z"/>
                  <outcome value="0"/>
                  <agent>
                    <role><text value="Registered Nurse"/></role>
                    <who><identifier><value value="u123"/></identifier></who>
                    <name value="Dana Reyes"/>
                    <requestor value="true"/>
                    <network><address value="10.1.2.3"/><type value="2"/></network>
                    <purposeOfUse><coding><code value="ETREAT"/></coding></purposeOfUse>
                  </agent>
                  <source><site value="Riverside"/><observer><display value="ehr-prod"/></observer></source>
                  <entity>
                    <what><reference value="Patient/P-77"/></what>
                  </entity>
                </AuditEvent>""".formatted(id);
    }
}

package io.safeguard.incident;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetType;
import io.safeguard.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The notice to the Secretary (164.408) drafted with the breach portal's sections (regulation.md section 2.7): what
 * the incident record answers is filled in; what it cannot is marked {@code [TO COMPLETE: ...]}. Field labels marked
 * UNVERIFIED in regulation.md are reproduced as listed there.
 */
public record HhsReport(String incidentCode, String organization, List<Section> sections, int placeholders, LocalDate dueOn,
        String citation) {

    public record Field(String label, String value) {
        public boolean missing() {
            return value.startsWith(NoticeDraft.PLACEHOLDER);
        }
    }

    public record Section(String title, List<Field> fields) {}

    static HhsReport of(Organization org, Incident incident, Map<UUID, Asset> assets, Map<UUID, String> vendors, Obligation hhsNotice,
            Obligation individualNotice) {
        var d = incident.details();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Report", List.of(
                new Field("Breach affecting", d.affected() >= 500 ? "500 or more individuals" : "Fewer than 500 individuals"),
                new Field("Report type", "Initial breach report"))));
        sections.add(new Section("1. Covered entity", List.of(
                new Field("Name", org.name()),
                new Field("Address", todo("street address of the covered entity")),
                new Field("Contact", org.securityOfficial() == null ? todo("contact name, telephone and e-mail")
                        : org.securityOfficial().name() + (org.securityOfficial().email() == null ? "" : ", " + org.securityOfficial().email())),
                new Field("Covered entity type", todo("Health Plan, Healthcare Clearinghouse or Healthcare Provider")))));
        sections.add(new Section("2. Business associate", List.of(new Field("Business associate involved", d.vendorIds().isEmpty()
                ? "None recorded" : String.join(", ", d.vendorIds().stream().map(v -> vendors.getOrDefault(v, v.toString())).toList())))));
        var locations = new LinkedHashSet<String>();
        d.assetIds().forEach(id -> {
            Asset a = assets.get(id);
            locations.add(a == null ? "Other" : location(a.details().type()));
        });
        sections.add(new Section("3. Breach", List.of(
                new Field("Breach start date", d.occurredFrom().toString()),
                new Field("Breach end date", d.occurredTo() == null ? d.occurredFrom().toString() : d.occurredTo().toString()),
                new Field("Discovery start date", d.discoveredOn().toString()),
                new Field("Discovery end date", todo("the date the investigation of the discovery ended")),
                new Field("Approximate number of individuals affected", String.valueOf(d.affected())),
                new Field("Type of breach", todo("Hacking/IT Incident, Improper Disposal, Loss, Theft, Unauthorized Access/Disclosure or Other")),
                new Field("Location of breached information", locations.isEmpty() ? todo("where the PHI was") : String.join(", ", locations)),
                new Field("Type of protected health information involved", d.phiTypes().isEmpty() ? todo("the PHI involved") : String.join(", ", d.phiTypes())),
                new Field("Brief description of the breach", d.whatHappened()),
                new Field("Safeguards in place prior to the breach", todo("None, Privacy Rule safeguards, Security Rule administrative, physical or technical safeguards")))));
        boolean media = d.perState().values().stream().anyMatch(n -> n > 500);
        List<Field> notice = new ArrayList<>();
        notice.add(new Field("Date(s) individual notice provided", todo("the date notices were sent; due no later than " + individualNotice.dueOn())));
        notice.add(new Field("Was substitute notice required?", d.missingContact() >= 10 ? "Yes (contact information missing for "
                + d.missingContact() + ")" : d.missingContact() > 0 ? "Yes, by other written means or telephone (fewer than 10 without contact information)" : "No"));
        notice.add(new Field("Was media notice required?", media ? "Yes (more than 500 residents of a State or jurisdiction)" : "No"));
        notice.add(new Field("Actions taken in response", incident.timeline().isEmpty() ? todo("the actions taken")
                : String.join(" ", incident.timeline().stream().map(t -> t.happenedOn() + ": " + t.text()).toList())));
        sections.add(new Section("4. Notice of breach and actions taken", notice));
        sections.add(new Section("5. Attestation", List.of(new Field("Attestation", todo(
                "the attestation of accuracy, made in the portal by the person submitting the report")))));
        int placeholders = (int) sections.stream().flatMap(s -> s.fields().stream()).filter(Field::missing).count();
        return new HhsReport(incident.code(), org.name(), List.copyOf(sections), placeholders, hhsNotice.dueOn(), hhsNotice.citation());
    }

    /** The portal's "location of breached information" for an inventory asset type. */
    static String location(AssetType type) {
        return switch (type) {
            case LAPTOP -> "Laptop";
            case WORKSTATION -> "Desktop Computer";
            case SERVER -> "Network Server";
            case EHR -> "Electronic Medical Record";
            case MOBILE_DEVICE, REMOVABLE_MEDIA, MEDICAL_DEVICE -> "Other Portable Electronic Device";
            default -> "Other";
        };
    }

    private static String todo(String what) {
        return NoticeDraft.PLACEHOLDER + what + "]";
    }
}

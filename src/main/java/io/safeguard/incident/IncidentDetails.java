package io.safeguard.incident;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is known of an incident at intake: what happened, when (a day or a period), when it was discovered and by
 * whom, the systems (inventory assets) and vendors involved, the PHI types, how many individuals and how many per
 * State, and for how many contact information is missing (substitute notice, 164.404(d)(2)).
 */
public record IncidentDetails(String title, String whatHappened, LocalDate occurredFrom, @Nullable LocalDate occurredTo,
        LocalDate discoveredOn, String discoveredBy, List<UUID> assetIds, List<UUID> vendorIds, List<String> phiTypes,
        int affected, Map<String, Integer> perState, int missingContact) {

    public IncidentDetails {
        title = text(title, "title", 200);
        whatHappened = text(whatHappened, "what happened", 4000);
        discoveredBy = text(discoveredBy, "who discovered it", 200);
        if (occurredFrom == null || discoveredOn == null) {
            throw new BusinessRuleViolation("incident.dates", "Give the date the incident happened and the date it was discovered.");
        }
        if (occurredTo != null && occurredTo.isBefore(occurredFrom)) {
            throw new BusinessRuleViolation("incident.dates", "The incident cannot end before it began.");
        }
        if (discoveredOn.isBefore(occurredFrom)) {
            throw new BusinessRuleViolation("incident.dates", "The incident cannot be discovered before it happened.");
        }
        if (affected < 0 || missingContact < 0 || perState.values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new BusinessRuleViolation("incident.counts", "Counts of individuals cannot be negative.");
        }
        if (perState.values().stream().mapToLong(Integer::longValue).sum() > affected) {
            throw new BusinessRuleViolation("incident.counts", "The residents per State add up to more than the individuals affected.");
        }
        if (missingContact > affected) {
            throw new BusinessRuleViolation("incident.counts", "Contact information cannot be missing for more individuals than are affected.");
        }
        assetIds = List.copyOf(assetIds.stream().distinct().toList());
        vendorIds = List.copyOf(vendorIds.stream().distinct().toList());
        phiTypes = phiTypes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        perState = new TreeMap<>(perState);
    }

    public LocalDate lastDay() {
        return occurredTo == null ? occurredFrom : occurredTo;
    }

    private static String text(@Nullable String value, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new BusinessRuleViolation("incident." + what.replace(' ', '-'), "Give " + what + " (at most " + max + " characters).");
        }
        return v;
    }
}

package io.safeguard.organization;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** US states and jurisdictions by postal code; breach media notice is counted per state or jurisdiction (164.406). */
final class UsStates {
    static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "VI", "GU", "AS", "MP");

    private UsStates() {}

    /** Parses "OR, WA" (any separators, any case); refuses unknown codes and an empty list. */
    static SortedSet<String> parse(String text) {
        SortedSet<String> states = Arrays.stream((text == null ? "" : text).split("[,;\\s]+"))
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        var unknown = states.stream().filter(s -> !CODES.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation("organization.state-unknown", "Unknown state code(s): " + String.join(", ", unknown)
                    + ". Use two-letter postal codes such as OR, WA.");
        }
        if (states.isEmpty()) {
            throw new BusinessRuleViolation("organization.states-required", "Name at least one state where the organization operates.");
        }
        return states;
    }
}

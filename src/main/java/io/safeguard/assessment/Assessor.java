package io.safeguard.assessment;

import io.safeguard.catalog.Requirement;
import io.safeguard.catalog.RequirementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every catalog row in force: rows with a rule are computed from the facts, the others answered by
 * attestation; a standard with implementation specifications takes the worst of them unless it has a rule of its
 * own. The readiness score weights each scored row by its enforcement weight (Met 1, Partially met 0.5, Not met and
 * Unknown 0; Not applicable left out), counting specifications and standards without specifications once each.
 */
final class Assessor {
    private static final Map<String, Rule> RULES = rules();

    private Assessor() {}

    static Map<String, Rule> rules() {
        Map<String, Rule> rules = new HashMap<>();
        RiskRules.register(rules);
        WorkforceRules.register(rules);
        SafeguardRules.register(rules);
        VendorRules.register(rules);
        ProgramRules.register(rules);
        return Map.copyOf(rules);
    }

    /** Which rows are computed by a rule (the others are answered by attestation), for the method statement. */
    static boolean computed(String requirement) {
        return RULES.containsKey(requirement);
    }

    record Result(double score, List<Finding> findings) {}

    static Result assess(List<Requirement> rows, ProgramFacts facts) {
        Map<String, List<Requirement>> children = new HashMap<>();
        rows.stream().filter(r -> r.parent() != null).forEach(r -> children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r));
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Requirement r : rows) {
            if (!children.containsKey(r.id()) || RULES.containsKey(r.id())) {
                byId.put(r.id(), RULES.getOrDefault(r.id(), Attestation::evaluate).evaluate(r, facts));
            }
        }
        for (Requirement r : rows) {
            if (!byId.containsKey(r.id())) {
                byId.put(r.id(), aggregate(r, children.get(r.id()).stream().map(c -> byId.get(c.id())).toList()));
            }
        }
        double earned = 0;
        double possible = 0;
        for (Requirement r : rows) {
            Finding f = byId.get(r.id());
            // A standard met through its specifications is scored through them; one with a rule of its own (training,
            // BAAs) states its own obligation and is scored too.
            boolean scored = r.type() != RequirementType.STANDARD || !children.containsKey(r.id()) || RULES.containsKey(r.id());
            if (scored && f.status().credit() != null) {
                earned += f.weight() * f.status().credit();
                possible += f.weight();
            }
        }
        List<Finding> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparing(Finding::status).thenComparing(Comparator.comparingInt(Finding::weight).reversed()));
        return new Result(possible == 0 ? 0 : Math.round(1000 * earned / possible) / 10.0, ordered);
    }

    /** A standard met through its specifications: the worst of them, with their statuses named. */
    static Finding aggregate(Requirement standard, List<Finding> specs) {
        List<Finding> applicable = specs.stream().filter(s -> s.status() != FindingStatus.NOT_APPLICABLE).toList();
        FindingStatus status;
        if (applicable.isEmpty()) {
            status = FindingStatus.NOT_APPLICABLE;
        } else if (applicable.stream().allMatch(s -> s.status() == FindingStatus.MET)) {
            status = FindingStatus.MET;
        } else if (applicable.stream().noneMatch(s -> s.status() == FindingStatus.MET || s.status() == FindingStatus.PARTIALLY_MET)) {
            // Nothing met: not met when any specification is, unknown when the records show none of them.
            status = applicable.stream().anyMatch(s -> s.status() == FindingStatus.NOT_MET) ? FindingStatus.NOT_MET : FindingStatus.UNKNOWN;
        } else {
            status = FindingStatus.PARTIALLY_MET;
        }
        List<String> gaps = applicable.stream().filter(s -> s.status() != FindingStatus.MET)
                .map(s -> s.requirement() + " " + s.title() + ": " + s.status().label().toLowerCase(java.util.Locale.ROOT) + ".").toList();
        return Findings.of(standard, status, gaps, List.of("Met through its " + specs.size() + " implementation specifications."),
                gaps.isEmpty() ? "Keep the specifications current." : "See the specifications listed.", Finding.Basis.AGGREGATE);
    }
}

package io.safeguard.assessment;

import io.safeguard.catalog.Requirement;
import java.util.List;

/** Builders for findings, so that every rule states status, gaps, evidence and next action the same way. */
final class Findings {
    private Findings() {}

    static Finding met(Requirement r, List<String> evidence) {
        return of(r, FindingStatus.MET, List.of(), evidence, "Keep it current.", Finding.Basis.COMPUTED);
    }

    static Finding partly(Requirement r, List<String> gaps, List<String> evidence, String next) {
        return of(r, FindingStatus.PARTIALLY_MET, gaps, evidence, next, Finding.Basis.COMPUTED);
    }

    static Finding notMet(Requirement r, List<String> gaps, String next) {
        return of(r, FindingStatus.NOT_MET, gaps, List.of(), next, Finding.Basis.COMPUTED);
    }

    static Finding unknown(Requirement r, String missing, String next) {
        return of(r, FindingStatus.UNKNOWN, List.of(missing), List.of(), next, Finding.Basis.COMPUTED);
    }

    static Finding notApplicable(Requirement r, String why) {
        return of(r, FindingStatus.NOT_APPLICABLE, List.of(), List.of(why), "None.", Finding.Basis.COMPUTED);
    }

    static Finding of(Requirement r, FindingStatus status, List<String> gaps, List<String> evidence, String next, Finding.Basis basis) {
        return new Finding(r.id(), r.citation() == null ? r.id() : "45 CFR " + r.id(), r.title(), status, gaps, evidence, next,
                r.enforcementWeight(), basis);
    }

    /** "laptop-12, fs-02 and 3 more" */
    static String names(List<String> names) {
        if (names.size() <= 5) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}

package io.safeguard.assessment;

import io.safeguard.catalog.Decision;
import io.safeguard.catalog.Requirement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 164.306(d)(3): an addressable specification is met by implementing it, or by documenting why it is not reasonable
 * and appropriate and implementing an equivalent measure if reasonable; the decision must be reviewed.
 */
final class Addressable {
    private Addressable() {}

    /** The finding when the organization documented a decision not to implement the specification as written. */
    static @Nullable Finding alternative(Requirement r, ProgramFacts f) {
        if (!r.addressable()) {
            return null;
        }
        var d = f.decisions().get(r.id());
        if (d == null || d.decision() == Decision.IMPLEMENTED || d.decidedOn().isAfter(f.asOf())) {
            return null;
        }
        String evidence = "Documented decision of " + d.decidedOn() + " by " + d.decidedByName() + ": " + d.decision().label()
                + (d.alternative() == null ? "" : " (" + d.alternative() + ")") + ".";
        return d.reviewOverdue(f.asOf())
                ? Findings.partly(r, List.of("The decision was due for review on " + d.reviewOn() + "."), List.of(evidence),
                        "Review the addressable decision.")
                : Findings.of(r, FindingStatus.MET, List.of(), List.of(evidence), "Review the decision by " + d.reviewOn() + ".",
                        Finding.Basis.COMPUTED);
    }
}

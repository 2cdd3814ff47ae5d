package io.safeguard.assessment;

import io.safeguard.catalog.Requirement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows that program data cannot decide (facility plans, emergency access, media re-use ...) are answered by what the
 * organization attests: a policy in effect or dated evidence linked to the row. Without either the row is Unknown,
 * never Met. An addressable row also needs its documented decision (164.306(d)(3)).
 */
final class Attestation {
    private Attestation() {}

    static Finding evaluate(Requirement r, ProgramFacts f) {
        if (r.addressable()) {
            var decision = f.decisions().get(r.id());
            if (decision == null || decision.decidedOn().isAfter(f.asOf())) {
                return Findings.of(r, FindingStatus.NOT_MET, List.of("No documented decision for this addressable specification."),
                        List.of(), "Record whether it is implemented, replaced by an equivalent measure, or not reasonable and appropriate, and why.",
                        Finding.Basis.ATTESTATION);
            }
            var alternative = Addressable.alternative(r, f);
            if (alternative != null) {
                return alternative;
            }
        }
        List<String> evidence = new ArrayList<>();
        f.policiesFor(r.id()).forEach(p -> evidence.add(p.title() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ", version " + p.currentOn(f.asOf()).orElseThrow().label() + ")"));
        f.evidenceFor(r.id(), 12).forEach(e -> evidence.add(e.fileName() + " (" + e.speaksFor() + ")"));
        var reason = AttestationReasons.of(r.id());
        if (!evidence.isEmpty()) {
            return Findings.of(r, FindingStatus.MET, List.of(), evidence, "Keep the evidence current.", Finding.Basis.ATTESTATION);
        }
        var older = f.evidenceFor(r.id(), 72);
        if (!older.isEmpty()) {
            return Findings.of(r, FindingStatus.PARTIALLY_MET, List.of("The linked evidence is more than 12 months old."),
                    older.stream().map(e -> e.fileName() + " (" + e.speaksFor() + ")").toList(), "Add current evidence.",
                    Finding.Basis.ATTESTATION);
        }
        return Findings.of(r, FindingStatus.UNKNOWN, List.of("No policy in effect and no evidence from the last 12 months is linked to "
                + r.id() + "."), List.of(), "Link the policy or dated evidence for \"" + r.title() + "\""
                + reason.map(x -> ": " + x.evidence() + " (Safeguard cannot compute this row: " + x.why() + ")").orElse("."),
                Finding.Basis.ATTESTATION);
    }
}

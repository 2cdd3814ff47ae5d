package io.safeguard.assessment;

import java.util.List;

/**
 * What the assessment found for one catalog row: its status, the concrete gaps (which asset, vendor, person or
 * document, by name and date), the evidence relied on, and the next action. {@code basis} says whether the status was
 * computed from program data or rests on attested evidence linked to the row.
 */
public record Finding(String requirement, String citation, String title, FindingStatus status, List<String> gaps,
        List<String> evidence, String nextAction, int weight, Basis basis) {

    public enum Basis { COMPUTED, ATTESTATION, AGGREGATE }

    public Finding {
        gaps = List.copyOf(gaps);
        evidence = List.copyOf(evidence);
    }
}

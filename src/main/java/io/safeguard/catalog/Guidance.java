package io.safeguard.catalog;

import java.util.List;

/** Plain-language guidance, in our own words: what the row means, what evidence satisfies it, what an auditor asks. */
public record Guidance(String meaning, List<String> evidence, List<String> auditorAsks) {
    public Guidance {
        evidence = List.copyOf(evidence);
        auditorAsks = List.copyOf(auditorAsks);
    }
}

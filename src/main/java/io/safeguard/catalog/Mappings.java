package io.safeguard.catalog;

import java.util.List;

/** Where the row meets other frameworks: NIST CSF 2.0 subcategories and 405(d) HICP practices (1-10), where known. */
public record Mappings(List<String> csf, List<Integer> hicp) {
    public static final Mappings NONE = new Mappings(List.of(), List.of());

    public Mappings {
        csf = List.copyOf(csf);
        hicp = List.copyOf(hicp);
    }
}

package io.safeguard.incident;

import java.time.LocalDate;
import java.util.List;

/** One notice owed after a breach of unsecured PHI: to whom, under which rule, by when, and why that date. */
public record Obligation(String notice, String citation, LocalDate dueOn, String basis, List<String> notes) {
    public Obligation {
        notes = List.copyOf(notes);
    }
}

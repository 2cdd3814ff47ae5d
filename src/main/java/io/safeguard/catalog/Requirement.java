package io.safeguard.catalog;

import io.safeguard.shared.Citation;
import org.jspecify.annotations.Nullable;

/**
 * One catalog row. {@code id} is the citation (e.g. {@code 164.312(a)(2)(iv)}) or, for a requirement the 2025
 * proposal would add, an {@code NPRM-} key. {@code designation} is null for a standard that is met through its
 * implementation specifications.
 */
public record Requirement(
        String id,
        String catalog,
        String title,
        RequirementType type,
        @Nullable String parent,
        Category category,
        @Nullable Designation designation,
        int enforcementWeight,
        Guidance guidance,
        Mappings mappings,
        @Nullable String note,
        boolean proposed) {

    public boolean addressable() {
        return designation == Designation.ADDRESSABLE;
    }

    /** The parsed citation, or null for a proposed requirement that has no citation yet. */
    public @Nullable Citation citation() {
        return Citation.isValid(id) ? Citation.parse(id) : null;
    }

    Requirement withProposal(Designation proposedDesignation, @Nullable String proposalNote) {
        String combined = proposalNote == null ? note : (note == null ? proposalNote : note + " " + proposalNote);
        return new Requirement(id, catalog, title, type, parent, category, proposedDesignation, enforcementWeight,
                guidance, mappings, combined, true);
    }
}

package io.safeguard.documents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A policy, procedure or plan in the register, with every version it had. */
public record PolicyDocument(UUID id, String title, DocumentKind kind, @Nullable String owner, List<String> requirements,
        List<DocumentVersion> versions) {

    public PolicyDocument {
        requirements = List.copyOf(requirements);
        versions = versions.stream().sorted(Comparator.comparing(DocumentVersion::effectiveOn)).toList();
    }

    /** The version in effect on a date: the latest one that took effect on or before it. */
    public Optional<DocumentVersion> currentOn(LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveOn().isAfter(date)).reduce((a, b) -> b);
    }

    /** 164.316(b)(2)(iii): reviewed periodically; a current version past its review date is overdue. */
    public boolean reviewOverdueOn(LocalDate date) {
        return currentOn(date).map(v -> v.reviewDueOn().isBefore(date)).orElse(false);
    }
}

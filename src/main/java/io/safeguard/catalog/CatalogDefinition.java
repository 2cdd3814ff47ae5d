package io.safeguard.catalog;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One catalog file as shipped: a base catalog (a rule in force) or an overlay (a proposal an organization may view
 * its program against), effective-dated and sourced.
 */
public record CatalogDefinition(
        String key,
        String title,
        Kind kind,
        String version,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveUntil,
        @Nullable String status,
        @Nullable String overlays,
        List<Source> sources,
        List<Requirement> requirements) {

    public CatalogDefinition {
        sources = List.copyOf(sources);
        requirements = List.copyOf(requirements);
    }

    public boolean effectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }

    public enum Kind { BASE, OVERLAY }

    public record Source(String name, String url) {}
}

package io.safeguard.catalog;

import org.jspecify.annotations.Nullable;

/** Filters of the catalog page and API; null means "any". */
public record CatalogQuery(@Nullable String text, @Nullable String catalog, @Nullable Category category,
        @Nullable Designation designation) {
    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null);
}

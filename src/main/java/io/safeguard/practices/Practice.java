package io.safeguard.practices;

import io.safeguard.organization.SizeCategory;
import java.util.List;
import java.util.Set;

/**
 * One practice of a framework: a CSF 2.0 subcategory (parent = category, group = "Function / Category") or a HICP
 * sub-practice (parent = practice number, group = practice title), with the organization sizes it is meant for.
 */
public record Practice(String framework, String id, String title, String parent, String group, Set<SizeCategory> sizes,
        String description, List<String> evidence) {

    public boolean appliesTo(SizeCategory size) {
        return sizes.contains(size);
    }

    /** Matches a search over id, title, group and description (case-insensitive); a blank query matches all. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return (id + " " + title + " " + group + " " + description).toLowerCase(java.util.Locale.ROOT).contains(q);
    }
}

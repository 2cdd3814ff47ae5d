package io.safeguard.shared.tabular;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row to import: its line in the source file (for the error report) and its values by field name. A missing or
 * blank value is absent from the map, never an empty string.
 */
public record ImportRow(long line, Map<String, String> values) {
    public ImportRow {
        values = Map.copyOf(values);
    }

    public @Nullable String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }
}

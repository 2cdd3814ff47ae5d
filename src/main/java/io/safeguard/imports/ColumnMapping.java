package io.safeguard.imports;

import io.safeguard.shared.tabular.ImportField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which source column feeds which field. Suggested from the header (field name, label or an alias, ignoring case,
 * spaces and punctuation); the person can change it before importing.
 */
public record ColumnMapping(Map<String, Integer> columnByField) {
    public ColumnMapping {
        columnByField = Map.copyOf(columnByField);
    }

    public static ColumnMapping suggest(List<String> header, List<ImportField> fields) {
        Map<String, Integer> byNormalizedHeader = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            byNormalizedHeader.put(normalize(header.get(i)), i);
        }
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (ImportField field : fields) {
            Integer column = byNormalizedHeader.get(normalize(field.name()));
            if (column == null) {
                column = byNormalizedHeader.get(normalize(field.label()));
            }
            for (int a = 0; column == null && a < field.aliases().size(); a++) {
                column = byNormalizedHeader.get(normalize(field.aliases().get(a)));
            }
            if (column != null && !mapping.containsValue(column)) {
                mapping.put(field.name(), column);
            }
        }
        return new ColumnMapping(mapping);
    }

    public @Nullable Integer column(String field) {
        return columnByField.get(field);
    }

    static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

package io.safeguard.shared.tabular;

import java.util.List;

/**
 * A field an import accepts.
 *
 * @param name the field's stable name, also the column header in exported files and bundles
 * @param label what a person sees in the column-mapping step
 * @param required whether every row must have a value
 * @param help the accepted format, e.g. "a date (2026-03-01, 3/1/2026 or an Excel serial number)"
 * @param aliases other column headers that map to this field automatically (case and punctuation ignored)
 */
public record ImportField(String name, String label, boolean required, String help, List<String> aliases) {
    public static ImportField required(String name, String label, String help, String... aliases) {
        return new ImportField(name, label, true, help, List.of(aliases));
    }

    public static ImportField optional(String name, String label, String help, String... aliases) {
        return new ImportField(name, label, false, help, List.of(aliases));
    }
}

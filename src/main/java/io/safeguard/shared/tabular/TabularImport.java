package io.safeguard.shared.tabular;

import io.safeguard.shared.TenantScope;
import java.util.List;

/**
 * A kind of record a module accepts in bulk. Implementations validate every row before writing any, and write all
 * rows in one transaction only when none has an error; rows are matched to existing records by a natural key
 * (e.g. employee id), so the same file imported twice changes nothing the second time.
 */
public interface TabularImport {
    /** Stable, lower-case kind name used in URLs and the CLI: {@code assets}, {@code vendors}, {@code workforce}, ... */
    String kind();

    /** What a person sees: "Workforce roster". */
    String title();

    List<ImportField> fields();

    /**
     * Validates all rows and, when {@code dryRun} is false and no row has an error, writes them. Requires
     * {@code Permission.EDIT}. Every written change is on the activity trail (one entry per import, with counts).
     */
    ImportResult importRows(TenantScope scope, List<ImportRow> rows, boolean dryRun);
}

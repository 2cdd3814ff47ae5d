package io.safeguard.shared.tabular;

import java.util.List;

/**
 * The outcome of an import. With any error nothing was written (all-or-nothing); otherwise the counts say what
 * changed. Re-importing the same rows gives only {@code unchanged}: imports are idempotent by natural key.
 */
public record ImportResult(int created, int updated, int unchanged, List<RowError> errors, boolean applied) {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    public static ImportResult rejected(List<RowError> errors) {
        return new ImportResult(0, 0, 0, errors, false);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}

package io.safeguard.imports;

import io.safeguard.shared.tabular.ImportResult;
import java.util.List;

/**
 * What an import did or would do, in the source file's terms: each error names the line and the column header it
 * came from. {@code problems} are file-level errors (not CSV, unreadable, a required field without a column).
 */
public record ImportReport(String kind, long rows, ImportResult result, List<Problem> errors, List<String> problems) {
    public ImportReport {
        errors = List.copyOf(errors);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && errors.isEmpty();
    }

    public record Problem(long line, String column, String reason) {}
}

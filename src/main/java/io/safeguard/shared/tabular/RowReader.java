package io.safeguard.shared.tabular;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one import row, collecting a {@link RowError} for each value that is missing or cannot be
 * read, so that one pass reports every problem of the row instead of the first.
 */
public final class RowReader {
    private final ImportRow row;
    private final List<RowError> errors;
    private final int errorsBefore;

    public RowReader(ImportRow row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    public <T> @Nullable T optional(String field, Function<String, T> read) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        try {
            return read.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), field, e.getMessage()));
            return null;
        }
    }

    public <T> @Nullable T required(String field, Function<String, T> read, String whenMissing) {
        if (row.get(field) == null) {
            errors.add(new RowError(row.line(), field, whenMissing));
            return null;
        }
        return optional(field, read);
    }

    public boolean flag(String field) {
        Boolean value = optional(field, Cells::bool);
        return value != null && value;
    }

    public void reject(String field, String reason) {
        errors.add(new RowError(row.line(), field, reason));
    }

    public long line() {
        return row.line();
    }

    /** True when no value of this row was rejected. */
    public boolean ok() {
        return errors.size() == errorsBefore;
    }
}

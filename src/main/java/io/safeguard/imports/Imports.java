package io.safeguard.imports;

import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.CsvReader;
import io.safeguard.shared.tabular.CsvWriter;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.ImportResult;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.shared.tabular.RowError;
import io.safeguard.shared.tabular.TabularImport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/** Reads a CSV file through a column mapping into rows and hands them to the module that owns the kind. */
@Service
public class Imports {
    /** More rows than any organization's roster or grant list; beyond it the file is refused, not half-read. */
    static final int MAX_ROWS = 500_000;
    private final List<TabularImport> kinds;

    Imports(List<TabularImport> kinds) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(TabularImport::title)).toList();
    }

    public List<TabularImport> kinds() {
        return kinds;
    }

    public TabularImport kind(String name) {
        return kinds.stream().filter(k -> k.kind().equals(name)).findFirst().orElseThrow(() -> new NotFound("import kind", name));
    }

    /** The header, a few sample rows and the suggested mapping, for the mapping step. */
    public Preview preview(TabularImport kind, InputStream in) throws IOException {
        try (var reader = CsvReader.open(in)) {
            List<String> header = reader.header();
            List<List<String>> samples = new ArrayList<>();
            List<String> record;
            while (samples.size() < 5 && (record = reader.next()) != null) {
                samples.add(record);
            }
            return new Preview(header, samples, ColumnMapping.suggest(header, kind.fields()));
        }
    }

    /**
     * Validates every row ({@code dryRun}) or imports them all. File-level problems (not a CSV file, a required field
     * with no column) stop before any row is read by the module. {@code progress} hears the number of rows read.
     */
    public ImportReport run(TenantScope scope, TabularImport kind, InputStream in, ColumnMapping mapping, boolean dryRun,
            LongConsumer progress) throws IOException {
        scope.require(Permission.EDIT);
        List<String> problems = new ArrayList<>();
        List<String> header;
        List<ImportRow> rows = new ArrayList<>();
        Map<Long, String> extraCells = new HashMap<>();
        try (var reader = CsvReader.open(in)) {
            header = reader.header();
            for (ImportField field : kind.fields()) {
                Integer column = mapping.column(field.name());
                if (field.required() && column == null) {
                    problems.add("Choose the column that holds \"" + field.label() + "\".");
                } else if (column != null && (column < 0 || column >= header.size())) {
                    problems.add("The column chosen for \"" + field.label() + "\" is not in the file.");
                }
            }
            if (!problems.isEmpty()) {
                return new ImportReport(kind.kind(), 0, ImportResult.rejected(List.of()), List.of(), problems);
            }
            List<String> record;
            while ((record = reader.next()) != null) {
                if (rows.size() >= MAX_ROWS) {
                    problems.add("The file has more than " + MAX_ROWS + " rows; split it.");
                    return new ImportReport(kind.kind(), rows.size(), ImportResult.rejected(List.of()), List.of(), problems);
                }
                long line = reader.recordLine();
                if (record.size() > header.size() && record.subList(header.size(), record.size()).stream().anyMatch(c -> !c.isBlank())) {
                    extraCells.put(line, "the row has " + record.size() + " cells but the header has " + header.size());
                }
                rows.add(new ImportRow(line, values(record, mapping, kind.fields())));
                if (rows.size() % 10_000 == 0) {
                    progress.accept(rows.size());
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            problems.add("The file cannot be read as CSV: " + e.getMessage() + ".");
            return new ImportReport(kind.kind(), rows.size(), ImportResult.rejected(List.of()), List.of(), problems);
        }
        progress.accept(rows.size());
        if (rows.isEmpty()) {
            problems.add("The file has a header but no rows.");
            return new ImportReport(kind.kind(), 0, ImportResult.rejected(List.of()), List.of(), problems);
        }
        List<ImportReport.Problem> errors = new ArrayList<>();
        extraCells.forEach((line, reason) -> errors.add(new ImportReport.Problem(line, "—", reason)));
        ImportResult result = errors.isEmpty() ? kind.importRows(scope, rows, dryRun) : ImportResult.rejected(List.of());
        for (RowError error : result.errors()) {
            Integer column = mapping.column(error.field());
            errors.add(new ImportReport.Problem(error.line(), column == null ? labelOf(kind, error.field()) : header.get(column),
                    error.reason()));
        }
        errors.sort(Comparator.comparingLong(ImportReport.Problem::line));
        return new ImportReport(kind.kind(), rows.size(), result, errors, problems);
    }

    private static Map<String, String> values(List<String> record, ColumnMapping mapping, List<ImportField> fields) {
        Map<String, String> values = new HashMap<>();
        for (ImportField field : fields) {
            Integer column = mapping.column(field.name());
            if (column != null && column < record.size()) {
                String cell = CsvWriter.restore(record.get(column)).strip();
                if (!cell.isEmpty()) {
                    values.put(field.name(), cell);
                }
            }
        }
        return values;
    }

    private static String labelOf(TabularImport kind, String field) {
        return kind.fields().stream().filter(f -> f.name().equals(field)).map(ImportField::label).findFirst().orElse(field);
    }

    public record Preview(List<String> header, List<List<String>> samples, ColumnMapping suggested) {}
}

package io.safeguard.shared.tabular;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 writer for exports and bundles. Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) are neutralized with a leading apostrophe (OWASP "CSV injection"), unless the whole cell is
 * a plain number such as -12.5, so that an exported file is safe to open in Excel.
 */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<@Nullable String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(neutralize(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralize(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !cell.matches("[+-]?\\d+(\\.\\d+)?")) {
            return "'" + cell;
        }
        return cell;
    }

    /** Undoes {@link #neutralize} when a file this writer made is read back (bundles round-trip exactly). */
    public static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && neutralize(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf(';') >= 0 || cell.startsWith(" ") || cell.endsWith(" ")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}

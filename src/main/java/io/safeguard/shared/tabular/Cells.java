package io.safeguard.shared.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads cell text the way spreadsheets and HR, LMS and directory exports write it. A cell that cannot be read throws
 * {@link IllegalArgumentException} whose message says what was expected (never what was found: it may be PHI).
 */
public final class Cells {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern US = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.0+)?");
    private static final DateTimeFormatter ISO_LENIENT_DIGITS = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Excel's 1900 date system counts 1900-02-29, which never was; from serial 61 on, day 0 is 1899-12-30. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    static final String DATE_FORMATS = "a date such as 2026-03-01, 3/1/2026 or an Excel date number";

    private Cells() {}

    /** ISO (2026-03-01, also with a time after it), US month/day/year (3/1/2026), or an Excel serial (46082). */
    public static LocalDate date(String text) {
        String value = text.strip();
        try {
            if (value.length() > 10 && ISO.matcher(value.substring(0, 10)).matches()
                    && (value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
                value = value.substring(0, 10); // 2026-03-01T09:30:00 or 2026-03-01 09:30 from an export
            }
            if (ISO.matcher(value).matches()) {
                return LocalDate.parse(value, ISO_LENIENT_DIGITS);
            }
            if (US.matcher(value).matches()) {
                return LocalDate.parse(value, US_DATE);
            }
            if (SERIAL.matcher(value).matches()) {
                long serial = Long.parseLong(value.split("\\.")[0]);
                if (serial >= 61 && serial <= 2_958_465) { // 1900-03-01 .. 9999-12-31
                    return EXCEL_EPOCH.plusDays(serial);
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a valid date: expected " + DATE_FORMATS);
        }
        throw new IllegalArgumentException("expected " + DATE_FORMATS);
    }

    /** yes/no, true/false, y/n, 1/0, x (a ticked box) and blank-is-absent. */
    public static boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1", "x" -> true;
            case "no", "n", "false", "f", "0" -> false;
            default -> throw new IllegalArgumentException("expected yes or no");
        };
    }

    public static int integer(String text, int min, int max) {
        String value = text.strip().replace(",", "").replace("_", "");
        try {
            long number = value.matches("-?\\d+\\.0+") ? Long.parseLong(value.split("\\.")[0]) : Long.parseLong(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
        }
    }

    /** Matches an enum constant by name or by {@code labels} (case, spaces, dashes and underscores ignored). */
    public static <E extends Enum<E>> E choice(Class<E> type, String text) {
        String wanted = normalize(text);
        for (E constant : type.getEnumConstants()) {
            if (normalize(constant.name()).equals(wanted) || normalize(label(constant)).equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("expected one of: " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Cells::label).toList()));
    }

    /** Text of at most {@code max} characters, without control characters. */
    public static String text(String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("longer than " + max + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException("contains control characters");
        }
        return stripped;
    }

    static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/().]+", "");
    }

    private static String label(Enum<?> constant) {
        try {
            var method = constant.getClass().getMethod("label");
            return String.valueOf(method.invoke(constant));
        } catch (ReflectiveOperationException e) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}

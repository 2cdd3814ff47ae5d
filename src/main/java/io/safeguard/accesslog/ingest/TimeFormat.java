package io.safeguard.accesslog.ingest;

import org.jspecify.annotations.Nullable;

/**
 * How a source writes a time column. {@code format} is {@code iso} (ISO-8601 / RFC 3339, see below) or a {@link
 * java.time.format.DateTimeFormatter} pattern such as {@code M/d/yyyy h:mm:ss a}. {@code zone} says how to read a time
 * without an offset: absent means such a time is rejected, {@code source} means the source's time zone given when the
 * parser is made (required then), anything else is a zone id such as {@code UTC} or {@code America/Chicago}.
 *
 * <p>{@code iso} accepts {@code yyyy-MM-dd}, then {@code T} or a space, {@code HH:mm[:ss[.fraction]]}, then {@code Z},
 * {@code ±HH:mm}, {@code ±HHmm}, {@code ±HH} or no offset.
 */
public record TimeFormat(String format, @Nullable String zone) {
    public static final String ISO = "iso";
    public static final String SOURCE_ZONE = "source";

    public TimeFormat {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("a time format needs 'format' (iso or a date-time pattern)");
        }
    }

    /** ISO-8601 with an offset; times without one are rejected. */
    public static TimeFormat isoWithOffset() {
        return new TimeFormat(ISO, null);
    }

    boolean needsSourceZone() {
        return SOURCE_ZONE.equals(zone);
    }
}

package io.safeguard.accesslog.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A {@link TimeFormat} made ready to read: its zone resolved and its pattern compiled once. */
final class TimeReader {
    private final @Nullable DateTimeFormatter pattern;
    private final @Nullable ZoneId zone;

    private TimeReader(@Nullable DateTimeFormatter pattern, @Nullable ZoneId zone) {
        this.pattern = pattern;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException when the format asks for the source's zone and none is given, or is invalid */
    static TimeReader of(TimeFormat format, @Nullable ZoneId sourceZone, String where) {
        ZoneId zone;
        if (format.zone() == null) {
            zone = null;
        } else if (format.needsSourceZone()) {
            if (sourceZone == null) {
                throw new IllegalArgumentException(where + " is in the source's local time: give the source's time zone");
            }
            zone = sourceZone;
        } else {
            zone = ZoneId.of(format.zone());
        }
        if (TimeFormat.ISO.equalsIgnoreCase(format.format())) {
            return new TimeReader(null, zone);
        }
        var formatter = DateTimeFormatter.ofPattern(format.format(), Locale.ROOT);
        return new TimeReader(zone == null ? formatter : formatter.withZone(zone), zone);
    }

    /** @throws DateTimeException when the text does not match, or has no offset and no zone applies */
    Instant read(String text) {
        if (pattern == null) {
            return IsoTimes.parse(text, zone);
        }
        return Instant.from(pattern.parse(text));
    }
}

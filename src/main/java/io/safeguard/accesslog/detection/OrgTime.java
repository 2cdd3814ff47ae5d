package io.safeguard.accesslog.detection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Local time in the organization's zone for a stream of instants in time order: the UTC offset is looked up once per
 * stretch between two transitions (DST changes), not once per event.
 */
final class OrgTime {
    static final int SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offsetSeconds;

    OrgTime(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** Seconds since 1970-01-01T00:00 local time (the local date-time read as if it were UTC). */
    long localSeconds(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validUntil) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            offsetSeconds = rules.getOffset(instant).getTotalSeconds();
            ZoneOffsetTransition next = rules.nextTransition(instant);
            validFrom = epochSecond;
            validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return epochSecond + offsetSeconds;
    }

    static long epochDay(long localSeconds) {
        return Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    }

    static int secondOfDay(long localSeconds) {
        return (int) Math.floorMod(localSeconds, SECONDS_PER_DAY);
    }
}

package io.safeguard.accesslog.detection;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Every parameter of the detections, with the defaults of {@link #defaults(ZoneId)}.
 *
 * @param zone the organization's time zone: days, hours and business hours are read in it (DST included)
 * @param businessStart first instant of business hours, inclusive (07:00)
 * @param businessEnd end of business hours, exclusive (19:00): an access at 19:00:00 is after hours
 * @param businessDays the days with business hours (all seven: hospitals work weekends); other days are after hours
 *     all day
 * @param linkLeadDays a link explains accesses from this many days before it starts (7: chart preparation before a
 *     visit or an admission)
 * @param linkTrailDays a link explains accesses until this many days after it ends, or after its single day (30:
 *     results, follow-up, coding and billing)
 * @param afterHoursNearHours an hour of day counts as usual for the user when they were active in it or within this
 *     many hours of it on other working days (1: someone whose shift ends at 19:00 and who stays until 19:40 is not
 *     flagged). Working days start at the user's quietest hour, so that a night shift is one day, not two halves
 * @param afterHoursRareShare the time is rare for the user when they were active near it on fewer than this share of
 *     their other working days (0.10)
 * @param afterHoursMinOwnDays the user's own history decides only with at least this many other working days (3);
 *     with fewer, the peer group's working days decide (see peerMinDays)
 * @param volumeMinPatients the volume rule never fires below this many unexplained distinct patients in a day (25)
 * @param volumeOwnMultiplier the day must exceed this multiple of the median of the user's other active days (3.0)
 * @param volumePeerPercentile ... and exceed this percentile (nearest rank) of the peer group's user-days (0.99)
 * @param volumeMinOwnDays the own-baseline condition applies only with at least this many other active days (3);
 *     with fewer the day must still pass the floor and the peer condition
 * @param peerMinDays a peer group (department and job title) needs this many active user-days of users other than the
 *     one judged (30); smaller groups widen to the job title across departments, then to the whole organization;
 *     below that the volume rule skips its peer condition and the after-hours rule counts the time as rare
 * @param lastShiftEndsBy a shift that began on the termination date may run past midnight: accesses on the next day
 *     before this local time (12:00) do not alert while the user's activity has had no break longer than
 *     lastShiftMaxBreakMinutes since the termination date
 * @param lastShiftMaxBreakMinutes the longest break (240 minutes: a night nurse may not touch the EHR for hours) that
 *     still counts as the same shift
 * @param householdIsFamily a different family name at the user's home address is a FAMILY alert too (true)
 * @param samplesPerAlert how many event sequence numbers an alert carries as samples (5)
 */
public record DetectionSettings(ZoneId zone, LocalTime businessStart, LocalTime businessEnd, Set<DayOfWeek> businessDays,
        int linkLeadDays, int linkTrailDays, int afterHoursNearHours, double afterHoursRareShare, int afterHoursMinOwnDays,
        int volumeMinPatients, double volumeOwnMultiplier, double volumePeerPercentile, int volumeMinOwnDays,
        int peerMinDays, LocalTime lastShiftEndsBy, int lastShiftMaxBreakMinutes, boolean householdIsFamily,
        int samplesPerAlert) {

    public DetectionSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(businessStart, "businessStart");
        Objects.requireNonNull(businessEnd, "businessEnd");
        Objects.requireNonNull(lastShiftEndsBy, "lastShiftEndsBy");
        businessDays = Set.copyOf(businessDays);
        if (!businessStart.isBefore(businessEnd)) {
            throw new IllegalArgumentException("business hours must start before they end: " + businessStart + "-" + businessEnd);
        }
        if (linkLeadDays < 0 || linkTrailDays < 0 || afterHoursNearHours < 0 || afterHoursNearHours > 11
                || afterHoursMinOwnDays < 1 || volumeMinPatients < 1 || volumeMinOwnDays < 1 || peerMinDays < 1
                || samplesPerAlert < 0 || lastShiftMaxBreakMinutes < 0) {
            throw new IllegalArgumentException("a detection setting is out of range");
        }
        if (afterHoursRareShare <= 0 || afterHoursRareShare > 1 || volumeOwnMultiplier < 1 || volumePeerPercentile <= 0
                || volumePeerPercentile > 1) {
            throw new IllegalArgumentException("a detection ratio is out of range");
        }
    }

    public static DetectionSettings defaults(ZoneId zone) {
        return new DetectionSettings(zone, LocalTime.of(7, 0), LocalTime.of(19, 0), EnumSet.allOf(DayOfWeek.class), 7, 30,
                1, 0.10, 3, 25, 3.0, 0.99, 3, 30, LocalTime.NOON, 240, true, 5);
    }

    public DetectionSettings withBusinessHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        return new DetectionSettings(zone, start, end, days, linkLeadDays, linkTrailDays, afterHoursNearHours,
                afterHoursRareShare, afterHoursMinOwnDays, volumeMinPatients, volumeOwnMultiplier, volumePeerPercentile,
                volumeMinOwnDays, peerMinDays, lastShiftEndsBy, lastShiftMaxBreakMinutes, householdIsFamily, samplesPerAlert);
    }

    public DetectionSettings withExplanationWindow(int leadDays, int trailDays) {
        return new DetectionSettings(zone, businessStart, businessEnd, businessDays, leadDays, trailDays,
                afterHoursNearHours, afterHoursRareShare, afterHoursMinOwnDays, volumeMinPatients, volumeOwnMultiplier,
                volumePeerPercentile, volumeMinOwnDays, peerMinDays, lastShiftEndsBy, lastShiftMaxBreakMinutes, householdIsFamily, samplesPerAlert);
    }

    public DetectionSettings withHouseholdIsFamily(boolean household) {
        return new DetectionSettings(zone, businessStart, businessEnd, businessDays, linkLeadDays, linkTrailDays,
                afterHoursNearHours, afterHoursRareShare, afterHoursMinOwnDays, volumeMinPatients, volumeOwnMultiplier,
                volumePeerPercentile, volumeMinOwnDays, peerMinDays, lastShiftEndsBy, lastShiftMaxBreakMinutes, household,
                samplesPerAlert);
    }
}

package io.safeguard.accesslog.detection;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user's hours of activity re-cut into days that begin at their quietest hour of the day, so that a night shift
 * (19:00 to 07:00) is one working day instead of two halves: the quiet hour is the middle of the longest run of hours
 * in which the user was active on the fewest calendar days. A day worker's days then begin around 01:00, a night
 * worker's around 13:00.
 */
final class DutyDays {
    final int quietHour;
    private final int[] starts;
    private final int[] masks;

    private DutyDays(int quietHour, int[] starts, int[] masks) {
        this.quietHour = quietHour;
        this.starts = starts;
        this.masks = masks;
    }

    static DutyDays of(UserActivity user) {
        Map<Integer, Integer> calendar = new TreeMap<>();
        int[] activeDays = new int[24];
        for (int i = 0; i < user.days.size(); i++) {
            calendar.merge(user.days.get(i), user.hoursByDay.get(i), (a, b) -> a | b);
        }
        for (int mask : calendar.values()) {
            for (int hour = 0; hour < 24; hour++) {
                activeDays[hour] += (mask >>> hour) & 1;
            }
        }
        int quiet = quietHour(activeDays);
        int late = -1 << quiet;
        TreeMap<Integer, Integer> duty = new TreeMap<>();
        calendar.forEach((day, mask) -> {
            if ((mask & late) != 0) {
                duty.merge(day, mask & late, (a, b) -> a | b);
            }
            if ((mask & ~late) != 0) {
                duty.merge(day - 1, mask & ~late, (a, b) -> a | b);
            }
        });
        int[] starts = new int[duty.size()];
        int[] masks = new int[duty.size()];
        int i = 0;
        for (var entry : duty.entrySet()) {
            starts[i] = entry.getKey();
            masks[i++] = entry.getValue();
        }
        return new DutyDays(quiet, starts, masks);
    }

    /** The duty day (numbered by the calendar day it starts on) of a local day and hour. */
    int dutyDay(long calendarDay, int hour) {
        return (int) (hour >= quietHour ? calendarDay : calendarDay - 1);
    }

    int count() {
        return starts.length;
    }

    /** On how many duty days, other than the one excluded, there was activity in the hours of the window. */
    int near(int window, int excluded) {
        int near = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] != excluded && (masks[i] & window) != 0) {
                near++;
            }
        }
        return near;
    }

    boolean contains(int dutyDay) {
        return Arrays.binarySearch(starts, dutyDay) >= 0;
    }

    private static int quietHour(int[] activeDays) {
        int fewest = Integer.MAX_VALUE;
        for (int count : activeDays) {
            fewest = Math.min(fewest, count);
        }
        int bestStart = 0;
        int bestLength = 0;
        for (int start = 0; start < 24; start++) {
            int length = 0;
            while (length < 24 && activeDays[(start + length) % 24] == fewest) {
                length++;
            }
            if (length > bestLength) {
                bestLength = length;
                bestStart = start;
            }
        }
        return (bestStart + bestLength / 2) % 24;
    }
}

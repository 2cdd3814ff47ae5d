package io.safeguard.accesslog.detection;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The two rules that compare a day with a history, decided once every user's history is complete: VOLUME against the
 * user's median and the peer group's percentile, AFTER_HOURS against the hours the user (or, with too little history,
 * their peers) is usually active.
 */
final class Baselines {
    private final DetectionSettings settings;
    private final PeerGroups peers;
    private final Map<List<UserActivity>, int[]> peerHours = new IdentityHashMap<>();
    private final Map<UserActivity, int[]> peerDistinct = new IdentityHashMap<>();
    private final Map<UserActivity, int[]> peerUnexplained = new IdentityHashMap<>();
    private final Map<UserActivity, DutyDays> dutyDays = new IdentityHashMap<>();

    Baselines(DetectionSettings settings, PeerGroups peers) {
        this.settings = settings;
        this.peers = peers;
    }

    /** A volume verdict and the numbers behind it, for the alert's wording. */
    record Volume(boolean fires, int count, int ownDays, double ownMedian, @Nullable String peerGroup, int peerDays,
            int peerPercentile) {}

    /** Judges the day's count of distinct patients (all of them, or only the unexplained ones). */
    Volume volume(VolumeDay day, boolean unexplainedOnly) {
        UserActivity user = day.user();
        IntList values = unexplainedOnly ? user.unexplainedByDay : user.distinctByDay;
        int count = unexplainedOnly ? day.unexplained() : day.distinct();
        var own = new IntList(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (user.days.get(i) != day.day()) {
                own.add(values.get(i));
            }
        }
        int[] ownValues = own.toArray();
        Arrays.sort(ownValues);
        double median = median(ownValues, -1);
        boolean fires = count >= settings.volumeMinPatients();
        if (ownValues.length >= settings.volumeMinOwnDays()) {
            fires &= count > settings.volumeOwnMultiplier() * median;
        }
        PeerGroups.Peers group = peers.of(user);
        int[] peerValues = group == null ? new int[0]
                : (unexplainedOnly ? peerUnexplained : peerDistinct).computeIfAbsent(user, u -> peerValues(group, u,
                        unexplainedOnly ? a -> a.unexplainedByDay : a -> a.distinctByDay));
        int percentile = -1;
        if (peerValues.length > 0) {
            int rank = (int) Math.ceil(settings.volumePeerPercentile() * peerValues.length) - 1;
            percentile = peerValues[Math.max(0, rank)];
            fires &= count > percentile;
        }
        return new Volume(fires, count, ownValues.length, median, group == null ? null : group.description(),
                peerValues.length, percentile);
    }

    /**
     * Whether an after-hours access at this hour of the day is at a time the user is rarely active; sets the hit's
     * note on the history used.
     */
    boolean rare(Hit hit) {
        for (int hour = 0; hour < 24; hour++) {
            if ((hit.afterHoursMask & (1 << hour)) != 0 && rare(hit, hour)) {
                return true;
            }
        }
        return false;
    }

    private boolean rare(Hit hit, int hour) {
        UserActivity user = hit.user;
        int window = window(hour);
        DutyDays own = dutyDays(user);
        int excluded = own.dutyDay(hit.day, hour);
        int otherDays = own.count() - (own.contains(excluded) ? 1 : 0);
        int near = own.near(window, excluded);
        String span = span(hour);
        if (otherDays >= settings.afterHoursMinOwnDays()) {
            hit.rareNote = String.format(Locale.ROOT, "on %d of their %d other working days they were active %s", near,
                    otherDays, span);
            return near < settings.afterHoursRareShare() * otherDays;
        }
        PeerGroups.Peers group = peers.of(user);
        if (group == null) {
            hit.rareNote = "neither they nor their peers have enough other working days to compare, so it counts as rare";
            return true;
        }
        int[] groupNear = peerHours.computeIfAbsent(group.members(), this::nearCounts);
        int[] ownNear = nearCounts(List.of(user));
        int peerDays = groupNear[24] - ownNear[24];
        int peerNear = groupNear[hour] - ownNear[hour];
        hit.rareNote = String.format(Locale.ROOT, "they have %d other working day(s), too few to judge; their peers (%s) were"
                + " active %s on %d of %d days", otherDays, group.description(), span, peerNear, peerDays);
        return peerNear < settings.afterHoursRareShare() * peerDays;
    }

    private DutyDays dutyDays(UserActivity user) {
        return dutyDays.computeIfAbsent(user, DutyDays::of);
    }

    private String span(int hour) {
        int n = settings.afterHoursNearHours();
        return n == 0 ? String.format(Locale.ROOT, "between %02d:00 and %02d:59", hour, hour)
                : String.format(Locale.ROOT, "between %02d:00 and %02d:59", Math.floorMod(hour - n, 24),
                        Math.floorMod(hour + n, 24));
    }

    /** The hours within afterHoursNearHours of the hour, one bit each, wrapping around midnight. */
    private int window(int hour) {
        int mask = 0;
        for (int h = hour - settings.afterHoursNearHours(); h <= hour + settings.afterHoursNearHours(); h++) {
            mask |= 1 << Math.floorMod(h, 24);
        }
        return mask;
    }

    /** For each hour, on how many of the members' working days they were active near it; at [24] the days. */
    private int[] nearCounts(List<UserActivity> members) {
        int[] counts = new int[25];
        for (UserActivity member : members) {
            DutyDays days = dutyDays(member);
            for (int hour = 0; hour < 24; hour++) {
                counts[hour] += days.near(window(hour), Integer.MIN_VALUE);
            }
            counts[24] += days.count();
        }
        return counts;
    }

    /**
     * The peers' days, leaving out days that are outliers themselves (at least the floor and above the multiple of the
     * peer's own median, or of the group's median when the peer has too few days): two snoopers in one unit must not
     * hide each other.
     */
    private int[] peerValues(PeerGroups.Peers group, UserActivity user, Function<UserActivity, IntList> column) {
        var all = new IntList(group.days());
        for (UserActivity member : group.members()) {
            IntList memberValues = column.apply(member);
            for (int i = 0; i < memberValues.size(); i++) {
                all.add(memberValues.get(i));
            }
        }
        int[] everyone = all.toArray();
        Arrays.sort(everyone);
        double groupMedian = median(everyone, -1);
        var values = new IntList(group.days());
        for (UserActivity member : group.members()) {
            if (member == user) {
                continue;
            }
            IntList memberValues = column.apply(member);
            int[] sorted = memberValues.toArray();
            Arrays.sort(sorted);
            for (int i = 0; i < memberValues.size(); i++) {
                int value = memberValues.get(i);
                double center = sorted.length - 1 >= settings.volumeMinOwnDays()
                        ? median(sorted, Arrays.binarySearch(sorted, value)) : groupMedian;
                if (value < settings.volumeMinPatients() || value <= settings.volumeOwnMultiplier() * center) {
                    values.add(value);
                }
            }
        }
        int[] sorted = values.toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The median of sorted values, with the one at index {@code removed} taken out (none when negative). */
    private static double median(int[] sorted, int removed) {
        int n = removed < 0 ? sorted.length : sorted.length - 1;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? at(sorted, removed, n / 2) : (at(sorted, removed, n / 2 - 1) + at(sorted, removed, n / 2)) / 2.0;
    }

    private static int at(int[] sorted, int removed, int index) {
        return removed < 0 || index < removed ? sorted[index] : sorted[index + 1];
    }
}

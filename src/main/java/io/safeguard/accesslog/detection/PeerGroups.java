package io.safeguard.accesslog.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Peer groups: department and job title, widened to the job title across departments, then to the whole organization,
 * until the users other than the one judged have at least {@link DetectionSettings#peerMinDays()} active days.
 */
final class PeerGroups {
    /** The members include the user judged; callers skip them. */
    record Peers(String description, List<UserActivity> members, int days) {}

    private final Map<String, Peers> byDepartmentAndTitle = new HashMap<>();
    private final Map<String, Peers> byTitle = new HashMap<>();
    private final Peers everyone;
    private final int minDays;

    PeerGroups(List<UserActivity> users, int minDays) {
        this.minDays = minDays;
        Map<String, List<UserActivity>> groups = new HashMap<>();
        Map<String, List<UserActivity>> titles = new HashMap<>();
        for (UserActivity user : users) {
            groups.computeIfAbsent(groupKey(user), k -> new ArrayList<>()).add(user);
            titles.computeIfAbsent(titleKey(user), k -> new ArrayList<>()).add(user);
        }
        groups.forEach((key, members) -> byDepartmentAndTitle.put(key, new Peers(department(members.getFirst()) + " / "
                + title(members.getFirst()), members, days(members))));
        titles.forEach((key, members) -> byTitle.put(key,
                new Peers("every " + title(members.getFirst()), members, days(members))));
        everyone = new Peers("the whole organization", users, days(users));
    }

    /** The narrowest group with enough days of other users, or null when not even the organization has them. */
    @Nullable Peers of(UserActivity user) {
        for (Peers peers : List.of(byDepartmentAndTitle.get(groupKey(user)), byTitle.get(titleKey(user)), everyone)) {
            if (peers.days() - user.activeDays() >= minDays) {
                return peers;
            }
        }
        return null;
    }

    private static String department(UserActivity user) {
        return Objects.toString(user.department, "no department");
    }

    private static String title(UserActivity user) {
        return Objects.toString(user.jobTitle, "no job title");
    }

    private static String groupKey(UserActivity user) {
        return user.department + "\u0000" + user.jobTitle;
    }

    private static String titleKey(UserActivity user) {
        return String.valueOf(user.jobTitle);
    }

    private static int days(List<UserActivity> members) {
        int days = 0;
        for (UserActivity member : members) {
            days += member.activeDays();
        }
        return days;
    }
}

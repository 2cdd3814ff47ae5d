package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The plain-words "why" and "explanation" of each alert, for a reviewer who does not know the rules. */
final class AlertWording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String NO_LINK = "no encounter, appointment or care-team link";

    private final ReferenceData reference;
    private final DetectionSettings settings;

    AlertWording(ReferenceData reference, DetectionSettings settings) {
        this.reference = reference;
        this.settings = settings;
    }

    String why(Hit hit) {
        UserActivity user = hit.user;
        LocalDate day = LocalDate.ofEpochDay(hit.day);
        String when = " on " + day + " (" + accesses(hit.count) + ", " + clock(hit.first) + "-" + clock(hit.last) + ")";
        String opened = user.label() + (hit.patientId == null ? " used the system" : " opened the record of patient "
                + hit.patientId) + when;
        return switch (hit.rule) {
            case SELF_ACCESS -> opened + ", which is their own record (employee " + employeeIdOf(user) + ").";
            case TERMINATED_USER -> {
                LocalDate ended = LocalDate.ofEpochDay(user.terminationDay);
                long after = hit.day - user.terminationDay;
                yield opened + ", " + after + (after == 1 ? " day" : " days") + " after their employment ended on " + ended
                        + ".";
            }
            case VIP -> opened + ", who is on the VIP list.";
            case COWORKER -> opened + ", who is " + coworker(hit.patient) + " (coworker).";
            case FAMILY -> reference.household(user.user, hit.patient) == 1
                    ? opened + ", who has the same family name and home address as " + user.userId + " (family)."
                    : opened + ", who lives at the home address of " + user.userId
                            + " under another family name (household member or housemate).";
            case AFTER_HOURS -> opened + ", at " + clock(hit.firstAfterHoursSecond) + ", outside business hours ("
                    + settings.businessStart() + "-" + settings.businessEnd() + " " + settings.zone().getId() + "); "
                    + hit.rareNote + ".";
            case VOLUME -> throw new IllegalArgumentException("volume alerts are worded from the day");
        };
    }

    String explanation(Hit hit) {
        UserActivity user = hit.user;
        return switch (hit.rule) {
            case SELF_ACCESS -> "Not filtered: a care link does not make reading one's own record through a workforce"
                    + " account appropriate (the patient portal and release of information are the way)." + link(hit);
            case TERMINATED_USER -> "Not filtered: the account should have been disabled at termination, so no care link"
                    + " can explain its use." + link(hit);
            default -> capitalized(NO_LINK) + " between " + actors(user) + " and patient " + hit.patientId + " "
                    + window(hit.day) + ".";
        };
    }

    String why(VolumeDay day, Baselines.Volume volume) {
        UserActivity user = day.user();
        String who = user.department == null && user.jobTitle == null ? user.userId
                : user.userId + " (" + Objects.toString(user.department, "no department") + ", "
                        + Objects.toString(user.jobTitle, "no job title") + ")";
        var text = new StringBuilder(who).append(" opened ").append(day.unexplained())
                .append(" patient records without a documented reason on ").append(LocalDate.ofEpochDay(day.day()))
                .append(" (").append(day.distinct()).append(" distinct patients in all, ")
                .append(accesses(day.unexplainedEvents())).append(" without one");
        if (day.firstUnexplained() != null && day.lastUnexplained() != null) {
            text.append(", ").append(clock(day.firstUnexplained())).append('-').append(clock(day.lastUnexplained()));
        }
        text.append("): at least ").append(settings.volumeMinPatients());
        if (volume.ownDays() >= settings.volumeMinOwnDays()) {
            text.append(String.format(Locale.ROOT, ", more than %s x their median of %s over %d other active days",
                    number(settings.volumeOwnMultiplier()), number(volume.ownMedian()), volume.ownDays()));
        } else {
            text.append(", their own baseline not used (").append(volume.ownDays()).append(" other active days)");
        }
        if (volume.peerGroup() != null) {
            text.append(String.format(Locale.ROOT, ", and more than the %s percentile (%d) of %s over %d user-days",
                    percent(settings.volumePeerPercentile()), volume.peerPercentile(), volume.peerGroup(),
                    volume.peerDays()));
        } else {
            text.append(", no peer group with enough days to compare");
        }
        return text.append('.').toString();
    }

    String explanation(VolumeDay day) {
        return day.unexplained() + " of the " + day.distinct() + " patients had " + NO_LINK + " with " + actors(day.user())
                + " " + window(day.day()) + ".";
    }

    private String link(Hit hit) {
        return hit.explained ? " A link with " + actors(hit.user) + " covers that day." : "";
    }

    private String window(long day) {
        LocalDate from = LocalDate.ofEpochDay(day - settings.linkTrailDays());
        LocalDate to = LocalDate.ofEpochDay(day + settings.linkLeadDays());
        return "overlapping " + from + " to " + to + " (a link explains accesses from " + settings.linkLeadDays()
                + " days before it starts to " + settings.linkTrailDays() + " days after it ends)";
    }

    private static String actors(UserActivity user) {
        return user.department == null ? user.userId : user.userId + " or " + user.department;
    }

    private String coworker(int patient) {
        String employeeId = reference.employeeIdOf(patient);
        StaffMember staff = employeeId == null ? null : reference.staffByEmployeeId(employeeId).orElse(null);
        if (staff == null) {
            return "the employee " + employeeId + " (not on the roster)";
        }
        return "the employee " + employeeId + " " + staff.fullName()
                + (staff.department() == null ? "" : " (" + staff.department() + ")");
    }

    private static String employeeIdOf(UserActivity user) {
        return user.staff == null ? "?" : user.staff.employeeId();
    }

    private String clock(Instant at) {
        return CLOCK.format(at.atZone(settings.zone()));
    }

    private static String clock(int secondOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60);
    }

    private static String accesses(long count) {
        return count + (count == 1 ? " access" : " accesses");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double share) {
        return number(share * 100) + "th";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

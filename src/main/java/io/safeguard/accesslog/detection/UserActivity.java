package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.StaffMember;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One user's state during a pass: who they are (roster facts resolved once), their history of active days (distinct
 * and unexplained patients, hours with activity), and the day in progress.
 */
final class UserActivity {
    static final int EXPLAINED = 1;
    static final int SELF = 2;
    static final int VIP = 4;
    static final int COWORKER = 8;
    static final int SAME_FAMILY = 16;
    static final int HOUSEHOLD = 32;

    final String userId;
    final int user;
    final @Nullable StaffMember staff;
    final @Nullable String department;
    final @Nullable String jobTitle;
    final int userActor;
    final int departmentActor;
    final long terminationDay;
    final int selfPatient;

    // History: one entry per active day, in the order the days closed.
    final IntList days = new IntList(8);
    final IntList distinctByDay = new IntList(8);
    final IntList unexplainedByDay = new IntList(8);
    final IntList hoursByDay = new IntList(8);

    // The day in progress.
    long day = Long.MIN_VALUE;
    int hours;
    final IntIntMap patientsToday = new IntIntMap();
    int unexplainedToday;
    long unexplainedEventsToday;
    @Nullable Instant firstUnexplained;
    @Nullable Instant lastUnexplained;
    final long[] unexplainedSamples;
    int unexplainedSampleCount;
    final Map<Long, Hit> hitsToday = new HashMap<>();

    // The patient of the previous event: most events repeat it.
    @Nullable String lastPatientId;
    int lastPatient;
    int lastFlags;
    final Hit[] lastHits = new Hit[Rule.values().length];

    /** Whether the user's activity has run without a long break since the termination date (their last shift). */
    boolean inLastShift;
    long events;
    @Nullable Instant firstSeen;
    @Nullable Instant lastSeen;

    UserActivity(String userId, int user, @Nullable StaffMember staff, @Nullable String department, @Nullable String jobTitle,
            int departmentNumber, int selfPatient, int samplesPerAlert) {
        this.userId = userId;
        this.user = user;
        this.staff = staff;
        this.department = department;
        this.jobTitle = jobTitle;
        this.userActor = ExplanationIndex.userActor(user);
        this.departmentActor = ExplanationIndex.departmentActor(departmentNumber);
        this.terminationDay = staff == null || staff.terminationDate() == null ? Long.MAX_VALUE
                : staff.terminationDate().toEpochDay();
        this.selfPatient = selfPatient;
        this.unexplainedSamples = new long[samplesPerAlert];
    }

    int activeDays() {
        return days.size();
    }

    String label() {
        return department == null ? userId : userId + " (" + department + ")";
    }
}

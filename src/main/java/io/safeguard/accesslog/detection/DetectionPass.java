package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import io.safeguard.accesslog.StaffMember;
import io.safeguard.accesslog.StoredEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The state of one {@link Detector} run: reads events one by one, then {@link #finish()} decides and words alerts. */
final class DetectionPass {
    private final ReferenceData reference;
    private final DetectionSettings settings;
    private final OrgTime time;
    private final int businessStart;
    private final int businessEnd;
    private final boolean[] businessDay = new boolean[7];
    private final int lead;
    private final int trail;
    private final boolean householdIsFamily;
    private final int lastShiftEnd;
    private final long lastShiftBreak;
    private final IdDictionary userIds = new IdDictionary(8192);
    private final List<UserActivity> users = new ArrayList<>();
    private final IdDictionary otherPatients = new IdDictionary(1024);
    private final List<Hit> hits = new ArrayList<>();
    private final List<VolumeDay> volumeDays = new ArrayList<>();
    private long events;
    private long patientAccesses;
    private long explainedAccesses;

    DetectionPass(ReferenceData reference, DetectionSettings settings) {
        this.reference = reference;
        this.settings = settings;
        this.time = new OrgTime(settings.zone());
        this.businessStart = settings.businessStart().toSecondOfDay();
        this.businessEnd = settings.businessEnd().toSecondOfDay();
        for (DayOfWeek day : settings.businessDays()) {
            businessDay[day.ordinal()] = true;
        }
        this.lead = settings.linkLeadDays();
        this.trail = settings.linkTrailDays();
        this.householdIsFamily = settings.householdIsFamily();
        this.lastShiftEnd = settings.lastShiftEndsBy().toSecondOfDay();
        this.lastShiftBreak = settings.lastShiftMaxBreakMinutes() * 60L;
    }

    void accept(StoredEvent stored) {
        AccessEvent event = stored.event();
        Instant at = event.occurredAt();
        long local = time.localSeconds(at.getEpochSecond());
        long day = OrgTime.epochDay(local);
        int second = OrgTime.secondOfDay(local);
        UserActivity user = user(event);
        events++;
        user.events++;
        boolean terminated = user.terminationDay != Long.MAX_VALUE && !lastShift(user, day, second, at)
                && day > user.terminationDay;
        if (user.firstSeen == null) {
            user.firstSeen = at;
        }
        user.lastSeen = at;
        if (day != user.day) {
            closeDay(user);
            user.day = day;
        }
        int hour = 1 << (second / 3600);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L);
        boolean businessTime = businessDay[dayOfWeek] && second >= businessStart && second < businessEnd;
        String patientId = event.patientId();
        if (patientId == null || event.outcome() != AccessOutcome.SUCCESS) {
            user.hours |= hour;
        }
        if (patientId == null) {
            if (terminated) {
                hit(user, Rule.TERMINATED_USER, -1, null, false, stored.seq(), at, false);
            }
            return;
        }
        if (event.outcome() != AccessOutcome.SUCCESS) {
            if (terminated) {
                int patient = patientNumber(patientId);
                hit(user, Rule.TERMINATED_USER, patient, patientId, explains(user, patient, day), stored.seq(), at, false);
            }
            return;
        }
        int patient;
        int flags;
        if (patientId.equals(user.lastPatientId)) {
            patient = user.lastPatient;
            flags = user.lastFlags;
        } else {
            patient = patientNumber(patientId);
            flags = user.patientsToday.get(patient);
            if (flags == IntIntMap.ABSENT) {
                flags = classify(user, patient, day);
                user.patientsToday.put(patient, flags);
                if ((flags & UserActivity.EXPLAINED) == 0) {
                    user.unexplainedToday++;
                }
            }
            user.lastPatientId = patientId;
            user.lastPatient = patient;
            user.lastFlags = flags;
            Arrays.fill(user.lastHits, null);
        }
        patientAccesses++;
        boolean explained = (flags & UserActivity.EXPLAINED) != 0;
        if (explained) {
            explainedAccesses++;
        } else {
            unexplainedAccess(user, stored.seq(), at);
        }
        if (explained || businessTime) {
            // The hours a user usually works are learned from documented or in-hours work only, so that someone who
            // snoops at night on several days does not teach the baseline that nights are usual for them.
            user.hours |= hour;
        }
        if ((flags & UserActivity.SELF) != 0) {
            hit(user, Rule.SELF_ACCESS, patient, patientId, explained, stored.seq(), at, true);
        }
        if (terminated) {
            hit(user, Rule.TERMINATED_USER, patient, patientId, explained, stored.seq(), at, true);
        }
        if ((flags & UserActivity.VIP) != 0) {
            hit(user, Rule.VIP, patient, patientId, explained, stored.seq(), at, true);
        }
        if ((flags & UserActivity.COWORKER) != 0) {
            hit(user, Rule.COWORKER, patient, patientId, explained, stored.seq(), at, true);
        }
        if ((flags & UserActivity.SAME_FAMILY) != 0 || ((flags & UserActivity.HOUSEHOLD) != 0 && householdIsFamily)) {
            hit(user, Rule.FAMILY, patient, patientId, explained, stored.seq(), at, true);
        }
        if (!businessTime) {
            hit(user, Rule.AFTER_HOURS, patient, patientId, explained, stored.seq(), at, true).afterHours(second);
        }
    }

    DetectionRun finish() {
        for (UserActivity user : users) {
            closeDay(user);
        }
        return new Verdicts(reference, settings, users, hits, volumeDays).run(events, patientAccesses, explainedAccesses);
    }

    /** Whether the event continues the shift that was under way on the termination date. */
    private boolean lastShift(UserActivity user, long day, int second, Instant at) {
        if (day == user.terminationDay) {
            user.inLastShift = true;
        } else if (user.inLastShift) {
            long breakSeconds = user.lastSeen == null ? Long.MAX_VALUE : at.getEpochSecond() - user.lastSeen.getEpochSecond();
            user.inLastShift = day == user.terminationDay + 1 && second < lastShiftEnd && breakSeconds <= lastShiftBreak;
        }
        return user.inLastShift;
    }

    private UserActivity user(AccessEvent event) {
        int number = userIds.find(event.userId());
        if (number >= 0) {
            return users.get(number);
        }
        int user = reference.users.find(event.userId());
        StaffMember staff = reference.staffOf(user);
        String department = staff != null && staff.department() != null ? staff.department() : event.userDepartment();
        String title = staff != null && staff.jobTitle() != null ? staff.jobTitle() : event.userRole();
        int departmentNumber = department == null ? -1 : reference.departments.find(department);
        var activity = new UserActivity(event.userId(), user, staff, department, title, departmentNumber,
                reference.selfPatient(user), settings.samplesPerAlert());
        userIds.add(event.userId());
        users.add(activity);
        return activity;
    }

    private int patientNumber(String patientId) {
        int patient = reference.patients.find(patientId);
        return patient >= 0 ? patient : reference.patients.size() + otherPatients.add(patientId);
    }

    private boolean explains(UserActivity user, int patient, long day) {
        return reference.explains(patient, user.userActor, user.departmentActor, day, lead, trail);
    }

    private int classify(UserActivity user, int patient, long day) {
        int flags = explains(user, patient, day) ? UserActivity.EXPLAINED : 0;
        String employeeId = reference.employeeIdOf(patient);
        boolean self = patient == user.selfPatient
                || (employeeId != null && user.staff != null && employeeId.equals(user.staff.employeeId()));
        if (self) {
            return flags | UserActivity.SELF;
        }
        if (reference.isVip(patient)) {
            flags |= UserActivity.VIP;
        }
        if (employeeId != null) {
            flags |= UserActivity.COWORKER;
        }
        int household = reference.household(user.user, patient);
        if (household == 1) {
            flags |= UserActivity.SAME_FAMILY;
        } else if (household == 2) {
            flags |= UserActivity.HOUSEHOLD;
        }
        return flags;
    }

    /** Adds the access to its hit; {@code current} says the patient is the user's last patient (the common case). */
    private Hit hit(UserActivity user, Rule rule, int patient, @Nullable String patientId, boolean explained, long seq,
            Instant at, boolean current) {
        Hit hit = current ? user.lastHits[rule.ordinal()] : null;
        if (hit == null) {
            long key = ((long) (patient + 1) << 3) | rule.ordinal();
            hit = user.hitsToday.get(key);
            if (hit == null) {
                hit = new Hit(rule, user, patient, patientId, user.day, explained, at, settings.samplesPerAlert());
                user.hitsToday.put(key, hit);
                hits.add(hit);
            }
            if (current) {
                user.lastHits[rule.ordinal()] = hit;
            }
        }
        hit.add(seq, at);
        return hit;
    }

    private void unexplainedAccess(UserActivity user, long seq, Instant at) {
        user.unexplainedEventsToday++;
        if (user.firstUnexplained == null) {
            user.firstUnexplained = at;
        }
        user.lastUnexplained = at;
        if (user.unexplainedSampleCount < user.unexplainedSamples.length) {
            user.unexplainedSamples[user.unexplainedSampleCount++] = seq;
        }
    }

    private void closeDay(UserActivity user) {
        if (user.day == Long.MIN_VALUE) {
            return;
        }
        int distinct = user.patientsToday.size();
        user.days.add((int) user.day);
        user.distinctByDay.add(distinct);
        user.unexplainedByDay.add(user.unexplainedToday);
        user.hoursByDay.add(user.hours);
        int floor = settings.volumeMinPatients();
        if (distinct >= floor || user.unexplainedToday >= floor) {
            volumeDays.add(new VolumeDay(user, user.day, distinct, user.unexplainedToday, user.unexplainedEventsToday,
                    user.firstUnexplained, user.lastUnexplained,
                    Arrays.copyOf(user.unexplainedSamples, user.unexplainedSampleCount)));
        }
        user.day = Long.MIN_VALUE;
        user.hours = 0;
        user.patientsToday.clear();
        user.unexplainedToday = 0;
        user.unexplainedEventsToday = 0;
        user.firstUnexplained = null;
        user.lastUnexplained = null;
        user.unexplainedSampleCount = 0;
        user.hitsToday.clear();
        user.lastPatientId = null;
        user.lastPatient = -1;
        Arrays.fill(user.lastHits, null);
    }
}

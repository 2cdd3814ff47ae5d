package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink.Kind;
import io.safeguard.accesslog.detection.ExpectedAlert;
import io.safeguard.accesslog.detection.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Planted cases with ground truth, and decoys that must not alert. Targets of planted accesses are chosen so that
 * nothing else explains or flags them (no care link of the user or their department in the simulated weeks, not a
 * VIP, employee or employee's relative unless that is the point), so each plant is exactly one expected alert.
 * Decoys add their own care links, never to a planted target.
 */
final class Plants {
    private final CarePlan plan;
    private final Workforce staff;
    private final Population people;
    private final SplittableRandom rng;
    private final int perRule;
    private final int perDecoy;
    private final int lastDay;
    private final BitSet reserved = new BitSet();
    private final Set<ExpectedAlert> used = new HashSet<>();
    /** Users with planted after-hours accesses: an on-call decoy must not teach their baseline that nights are usual. */
    private final BitSet nightTime = new BitSet();
    final List<PlantedCase> cases = new ArrayList<>();

    Plants(CarePlan plan, SplittableRandom rng, int perRule) {
        this.plan = plan;
        this.staff = plan.staff;
        this.people = plan.people;
        this.rng = rng;
        this.perRule = perRule;
        this.perDecoy = Math.max(2, perRule / 2);
        this.lastDay = plan.days >= 3 ? plan.days - 2 : plan.days - 1;
    }

    void plant() {
        repeat(perRule, this::selfAccess);
        repeat(perRule, this::family);
        repeat(perRule, this::coworker);
        repeat(perRule, this::vip);
        repeat(perRule, this::terminatedUser);
        volumeSpikes();
        repeat(perRule, this::afterHours);
        repeat(perDecoy, this::vipWithEncounter);
        repeat(perDecoy, this::coworkerWithCareTeam);
        repeat(perDecoy, this::familyWithEncounter);
        repeat(perDecoy, this::nightShiftAtNight);
        repeat(perDecoy, this::onCallAtNight);
        repeat(perDecoy, this::terminationDayItself);
        repeat(perDecoy, this::busyExplainedDay);
        repeat(perDecoy, this::sameFamilyNameElsewhere);
    }

    private interface Attempt {
        boolean made();
    }

    private static void repeat(int times, Attempt attempt) {
        for (int made = 0, tries = 0; made < times && tries < times * 50; tries++) {
            made += attempt.made() ? 1 : 0;
        }
    }

    // Planted cases

    private boolean selfAccess() {
        int s = member(m -> staff.shift[m].daytime() && people.patientOfStaff[m] >= 0);
        int d = workingDay(s);
        if (d < 0) {
            return false;
        }
        int self = people.patientOfStaff[s];
        // Every other one has a visit to the user's own department that day: a care link must not excuse it.
        boolean linked = cases.size() % 2 == 0;
        if (!expect(Rule.SELF_ACCESS, s, self, d, true, "self-access: opens their own record"
                + (linked ? " (on the day of their own visit to their department)" : ""))) {
            return false;
        }
        long day = plan.startDay + d;
        int link = -1;
        if (linked) {
            link = plan.links.add(Kind.APPOINTMENT, self, -1, staff.department[s], day, day);
            plan.touched.set(self);
        }
        return visit(s, self, d, daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean family() {
        int s = member(m -> staff.shift[m].daytime() && people.patientOfStaff[m] >= 0);
        int d = workingDay(s);
        int relative = d < 0 ? -1 : relative(s, q -> !plan.touched.get(q) && plan.primaryCarePhysician(q) != s);
        if (relative < 0) {
            return false;
        }
        reserved.set(relative);
        return expect(Rule.FAMILY, s, relative, d, true, "family: opens the record of a relative at the same address")
                && visit(s, relative, d, daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean coworker() {
        int s = member(m -> staff.shift[m].daytime());
        int other = member(m -> m != s && people.patientOfStaff[m] >= 0);
        int d = workingDay(s);
        if (d < 0 || other < 0) {
            return false;
        }
        int target = people.patientOfStaff[other];
        if (plan.touched.get(target) || plan.primaryCarePhysician(target) == s) {
            return false;
        }
        reserved.set(target);
        return expect(Rule.COWORKER, s, target, d, true, "coworker: opens another employee's record")
                && visit(s, target, d, daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean vip() {
        int s = member(m -> staff.shift[m].daytime());
        int d = workingDay(s);
        int target = randomVip();
        if (d < 0 || target < 0 || plan.touched.get(target) || plan.primaryCarePhysician(target) == s) {
            return false;
        }
        reserved.set(target);
        return expect(Rule.VIP, s, target, d, true, "VIP: opens a VIP's record without a care link")
                && visit(s, target, d, daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean terminatedUser() {
        int t = member(m -> staff.terminationDay[m] != Long.MAX_VALUE);
        if (t < 0) {
            return false;
        }
        int first = (int) Math.max(0, staff.terminationDay[t] + 1 - plan.startDay);
        if (first > lastDay) {
            return false;
        }
        int d = first + rng.nextInt(lastDay - first + 1);
        int p = wardPatient(t, d);
        boolean explained = p >= 0;
        if (!explained) {
            p = cleanPatient(t);
        }
        return expect(Rule.TERMINATED_USER, t, p, d, true, "terminated user: the account is used after the termination"
                + " date" + (explained ? " on a patient of their former unit (a care link exists)" : ""))
                && visit(t, p, d, 10 * 60 + rng.nextInt(300), 2 + rng.nextInt(7), -1);
    }

    /** One spike per peer group (department and job title) in turn, so that spikes do not hide among peers. */
    private void volumeSpikes() {
        Map<String, List<Integer>> groups = new HashMap<>();
        boolean smallClinic = plan.primaryCarePhysicians.length < 5;
        for (int s = 0; s < staff.size; s++) {
            boolean panelOfAll = smallClinic && staff.job[s] == Job.PHYSICIAN && staff.department[s] == Departments.PRIMARY_CARE;
            if (staff.shift[s].daytime() && staff.terminationDay[s] == Long.MAX_VALUE && !panelOfAll) {
                groups.computeIfAbsent(staff.department[s] + "/" + staff.job[s], k -> new ArrayList<>()).add(s);
            }
        }
        List<List<Integer>> order = new ArrayList<>(groups.values());
        order.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (int made = 0, tries = 0; made < perRule && tries < perRule * 50 && !order.isEmpty(); tries++) {
            List<Integer> group = order.get(tries % order.size());
            int s = group.get(rng.nextInt(group.size()));
            int d = workingDay(s);
            if (d < 0 || !expect(Rule.VOLUME, s, -1, d, true, "volume: opens hundreds of unexplained records in a day")) {
                continue;
            }
            int count = 150 + rng.nextInt(250);
            long start = plan.epochSecond(plan.startDay + d, 9 * 60);
            for (int i = 0; i < count; i++) {
                int p = cleanPatient(s);
                plan.sessions.add(d, s, p, plan.relative(start + (long) i * 8 * 3600 / count), 2 + rng.nextInt(5),
                        2_000 + rng.nextInt(8_000), -1, Sessions.PLANTED);
            }
            made++;
        }
    }

    private boolean afterHours() {
        int s = member(m -> staff.shift[m].daytime() && staff.terminationDay[m] == Long.MAX_VALUE && workingDays(m) >= 4);
        nightTime.set(Math.max(0, s));
        int d = workingDay(s);
        if (d < 0 || d + 1 >= plan.days) {
            return false;
        }
        int minute = 21 * 60 + rng.nextInt(7 * 60 + 30);
        if (minute >= 23 * 60 + 40 && minute < 24 * 60) {
            minute += 30; // a visit that starts just before midnight would run into the next day
        }
        int patients = 1 + rng.nextInt(2);
        boolean made = false;
        for (int i = 0; i < patients; i++) {
            int p = cleanPatient(s);
            int at = minute + 3 * i;
            if (expect(Rule.AFTER_HOURS, s, p, d + at / 1440, true, "after hours: a day-shift user opens records at night")) {
                made = visit(s, p, d, at, 2 + rng.nextInt(7), -1);
            }
        }
        return made;
    }

    // Decoys: none of these may alert.

    private boolean vipWithEncounter() {
        int d = rng.nextInt(lastDay + 1);
        int n = onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime());
        int v = randomVip();
        if (n < 0 || v < 0 || reserved.get(v)) {
            return false;
        }
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.ENCOUNTER, v, -1, staff.department[n], day - 1, day + 1);
        plan.touched.set(v);
        return expect(Rule.VIP, n, v, d, false, "decoy: a VIP admitted to the user's unit (encounter link)")
                && visit(n, v, d, daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean coworkerWithCareTeam() {
        int d = rng.nextInt(lastDay + 1);
        int n = onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime());
        int other = member(m -> m != n && people.patientOfStaff[m] >= 0);
        if (n < 0 || other < 0 || reserved.get(people.patientOfStaff[other])) {
            return false;
        }
        int e = people.patientOfStaff[other];
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.CARE_TEAM, e, -1, staff.department[n], day, day + 2);
        plan.touched.set(e);
        return expect(Rule.COWORKER, n, e, d, false, "decoy: a coworker treated on the user's unit (care-team link)")
                && visit(n, e, d, daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean familyWithEncounter() {
        int d = rng.nextInt(lastDay + 1);
        int s = onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime()
                && people.patientOfStaff[m] >= 0);
        int relative = s < 0 ? -1 : relative(s, q -> !reserved.get(q));
        if (relative < 0) {
            return false;
        }
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.ENCOUNTER, relative, -1, staff.department[s], day, day + 1);
        plan.touched.set(relative);
        return expect(Rule.FAMILY, s, relative, d, false, "decoy: a relative admitted to the user's unit (encounter link)")
                && visit(s, relative, d, daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean nightShiftAtNight() {
        int n = member(m -> staff.shift[m] == Shift.NIGHT && staff.terminationDay[m] == Long.MAX_VALUE && workingDays(m) >= 4);
        int d = workingDay(n);
        if (d < 0 || d + 1 >= plan.days) {
            return false;
        }
        int p = cleanPatient(n);
        return expect(Rule.AFTER_HOURS, n, p, d + 1, false, "decoy: a night-shift worker opens a record at night")
                && visit(n, p, d, 1440 + 60 + rng.nextInt(240), 2 + rng.nextInt(5), -1);
    }

    private boolean onCallAtNight() {
        int s = member(m -> staff.job[m] == Job.PHYSICIAN && staff.department[m] < Departments.INPATIENT
                && staff.shift[m].daytime() && staff.terminationDay[m] == Long.MAX_VALUE && workingDays(m) >= 4
                && !nightTime.get(m));
        int d = workingDay(s);
        if (d < 0 || d + 1 >= plan.days) {
            return false;
        }
        int minute = 22 * 60 + rng.nextInt(6 * 60);
        int nextDay = d + minute / 1440;
        int p = wardPatient(s, nextDay);
        if (p < 0) {
            return false;
        }
        int link = plan.censusLinks[nextDay][staff.department[s]][indexOf(plan.census[nextDay][staff.department[s]], p)];
        return expect(Rule.AFTER_HOURS, s, p, nextDay, false, "decoy: a day-shift physician called at night about a"
                + " patient of their unit (encounter link)") && visit(s, p, d, minute, 3 + rng.nextInt(8), link);
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private boolean terminationDayItself() {
        int t = member(m -> staff.terminationDay[m] >= plan.startDay && staff.terminationDay[m] <= plan.startDay + lastDay);
        if (t < 0) {
            return false;
        }
        int d = (int) (staff.terminationDay[t] - plan.startDay);
        int p = wardPatient(t, d);
        if (p < 0) {
            p = cleanPatient(t);
        }
        return expect(Rule.TERMINATED_USER, t, p, d, false, "decoy: work on the termination date itself")
                && visit(t, p, d, 10 * 60 + rng.nextInt(300), 2 + rng.nextInt(5), -1);
    }

    private boolean busyExplainedDay() {
        int d = rng.nextInt(lastDay + 1);
        int r = onShift(d, m -> staff.job[m] == Job.REGISTRATION);
        if (r < 0 || !expect(Rule.VOLUME, r, -1, d, false, "decoy: a busy registration day, every patient registered")) {
            return false;
        }
        long day = plan.startDay + d;
        long start = plan.epochSecond(day, 9 * 60);
        for (int i = 0; i < 150; i++) {
            int p = cleanPatient(r);
            int link = plan.links.add(Kind.APPOINTMENT, p, -1, Departments.REGISTRATION, day, day);
            plan.touched.set(p);
            plan.sessions.add(d, r, p, plan.relative(start + i * 144L), 2 + rng.nextInt(3), 5_000, link, Sessions.PLANTED);
        }
        return true;
    }

    private boolean sameFamilyNameElsewhere() {
        int s = member(m -> staff.shift[m].daytime());
        int d = workingDay(s);
        if (d < 0) {
            return false;
        }
        for (int tries = 0; tries < 20_000; tries++) {
            int p = cleanPatient(s);
            if (people.family[p] == staff.family[s]) {
                return expect(Rule.FAMILY, s, p, d, false, "decoy: same family name, another address")
                        && visit(s, p, d, daytimeMinute(), 2 + rng.nextInt(6), -1);
            }
            reserved.clear(p);
        }
        return false;
    }

    // Helpers

    private boolean expect(Rule rule, int s, int patient, int day, boolean shouldAlert, String scenario) {
        var alert = new ExpectedAlert(rule, staff.userId[s], patient < 0 ? null : people.id(patient),
                LocalDate.ofEpochDay(plan.startDay + day));
        if (!used.add(alert)) {
            return false;
        }
        cases.add(new PlantedCase(alert, shouldAlert, scenario));
        return true;
    }

    private boolean visit(int s, int p, int d, int minuteOfDay, int events, int link) {
        long start = plan.epochSecond(plan.startDay + d, minuteOfDay) + rng.nextInt(60);
        plan.sessions.add(d + minuteOfDay / 1440, s, p, plan.relative(start), events, 5_000 + rng.nextInt(20_000), link,
                Sessions.PLANTED);
        return true;
    }

    private int daytimeMinute() {
        return 9 * 60 + rng.nextInt(7 * 60 + 30);
    }

    /** A patient nothing links to the user and no other rule would flag, reserved so that decoys leave it alone. */
    private int cleanPatient(int s) {
        int ordinary = people.size - people.ordinaryStart;
        for (int tries = 0; tries < 10_000 && ordinary > 0; tries++) {
            int p = people.ordinaryStart + rng.nextInt(ordinary);
            if (!people.vip.get(p) && !plan.touched.get(p) && !reserved.get(p) && plan.primaryCarePhysician(p) != s) {
                reserved.set(p);
                return p;
            }
        }
        throw new IllegalStateException("the population is too small for the planted cases");
    }

    /** A member of the user's household with the same family name, or -1. */
    private int relative(int s, IntPredicate acceptable) {
        int self = people.patientOfStaff[s];
        for (int q = self + 1; q < people.size && people.household[q] == people.household[self]; q++) {
            if (people.family[q] == people.family[self] && people.staffOf(q) < 0 && acceptable.test(q)) {
                return q;
            }
        }
        return -1;
    }

    /** An ordinary patient on the census of the user's former unit that day (so a care link exists), or -1. */
    private int wardPatient(int s, int d) {
        int dept = staff.department[s];
        if (dept >= Departments.INPATIENT) {
            return -1;
        }
        int[] ward = plan.census[d][dept];
        for (int tries = 0; tries < 20 && ward.length > 0; tries++) {
            int p = ward[rng.nextInt(ward.length)];
            if (!people.special(p)) {
                return p;
            }
        }
        return -1;
    }

    private int randomVip() {
        int count = people.vip.cardinality();
        if (count == 0) {
            return -1;
        }
        int k = rng.nextInt(count);
        int v = people.vip.nextSetBit(0);
        for (int i = 0; i < k; i++) {
            v = people.vip.nextSetBit(v + 1);
        }
        return v;
    }

    /**
     * A random member the predicate accepts, or -1. Primary care physicians of a clinic too small to split the
     * patients into several panels are left out: every patient would be on their panel, so nothing is unexplained.
     */
    private int member(IntPredicate acceptable) {
        boolean smallClinic = plan.primaryCarePhysicians.length < 5;
        for (int tries = 0; tries < 20_000; tries++) {
            int s = rng.nextInt(staff.size);
            boolean panelOfAll = smallClinic && staff.job[s] == Job.PHYSICIAN && staff.department[s] == Departments.PRIMARY_CARE;
            if (!panelOfAll && acceptable.test(s)) {
                return s;
            }
        }
        return -1;
    }

    private int onShift(int d, IntPredicate acceptable) {
        return member(m -> plan.working[d].get(m) && acceptable.test(m));
    }

    /** Working days up to the last plantable one (the last day may lose its end to the exact event count). */
    private int workingDays(int s) {
        int days = 0;
        for (int d = 0; d <= lastDay; d++) {
            days += plan.working[d].get(s) ? 1 : 0;
        }
        return days;
    }

    /** A random day up to the last plantable day on which the member works, or -1. */
    private int workingDay(int s) {
        if (s < 0) {
            return -1;
        }
        var days = new Ints(plan.days);
        for (int d = 0; d <= lastDay; d++) {
            if (plan.working[d].get(s)) {
                days.add(d);
            }
        }
        return days.size() == 0 ? -1 : days.get(rng.nextInt(days.size()));
    }
}

package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink.Kind;
import io.safeguard.accesslog.detection.Rule;
import java.util.BitSet;
import java.util.SplittableRandom;

/** Decoys: accesses that look like a rule's case but must not alert. They bring their own care links. */
final class Decoys {
    private final Planting kit;
    private final CarePlan plan;
    private final Workforce staff;
    private final Population people;
    private final SplittableRandom rng;
    private final int perKind;
    private final int lastDay;
    private final BitSet reserved;
    private final BitSet nightTime;

    Decoys(Planting kit, int perKind) {
        this.kit = kit;
        this.plan = kit.plan;
        this.staff = kit.staff;
        this.people = kit.people;
        this.rng = kit.rng;
        this.perKind = perKind;
        this.lastDay = kit.lastDay;
        this.reserved = kit.reserved;
        this.nightTime = kit.nightTime;
    }

    void plant() {
        Planting.repeat(perKind, this::vipWithEncounter);
        Planting.repeat(perKind, this::coworkerWithCareTeam);
        Planting.repeat(perKind, this::familyWithEncounter);
        Planting.repeat(perKind, this::nightShiftAtNight);
        Planting.repeat(perKind, this::onCallAtNight);
        Planting.repeat(perKind, this::terminationDayItself);
        Planting.repeat(perKind, this::busyExplainedDay);
        Planting.repeat(perKind, this::sameFamilyNameElsewhere);
    }

    private boolean vipWithEncounter() {
        int d = rng.nextInt(lastDay + 1);
        int n = kit.onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime());
        int v = kit.randomVip();
        if (n < 0 || v < 0 || reserved.get(v)) {
            return false;
        }
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.ENCOUNTER, v, -1, staff.department[n], day - 1, day + 1);
        plan.touched.set(v);
        return kit.expect(Rule.VIP, n, v, d, false, "decoy: a VIP admitted to the user's unit (encounter link)")
                && kit.visit(n, v, d, kit.daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean coworkerWithCareTeam() {
        int d = rng.nextInt(lastDay + 1);
        int n = kit.onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime());
        int other = kit.member(m -> m != n && people.patientOfStaff[m] >= 0);
        if (n < 0 || other < 0 || reserved.get(people.patientOfStaff[other])) {
            return false;
        }
        int e = people.patientOfStaff[other];
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.CARE_TEAM, e, -1, staff.department[n], day, day + 2);
        plan.touched.set(e);
        return kit.expect(Rule.COWORKER, n, e, d, false, "decoy: a coworker treated on the user's unit (care-team link)")
                && kit.visit(n, e, d, kit.daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean familyWithEncounter() {
        int d = rng.nextInt(lastDay + 1);
        int s = kit.onShift(d, m -> staff.department[m] < Departments.INPATIENT && staff.shift[m].daytime()
                && people.patientOfStaff[m] >= 0);
        int relative = s < 0 ? -1 : kit.relative(s, q -> !reserved.get(q));
        if (relative < 0) {
            return false;
        }
        long day = plan.startDay + d;
        int link = plan.links.add(Kind.ENCOUNTER, relative, -1, staff.department[s], day, day + 1);
        plan.touched.set(relative);
        return kit.expect(Rule.FAMILY, s, relative, d, false, "decoy: a relative admitted to the user's unit (encounter link)")
                && kit.visit(s, relative, d, kit.daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean nightShiftAtNight() {
        int n = kit.member(m -> staff.shift[m] == Shift.NIGHT && staff.terminationDay[m] == Long.MAX_VALUE && kit.workingDays(m) >= 4);
        int d = kit.workingDay(n);
        if (d < 0 || d + 1 >= plan.days) {
            return false;
        }
        int p = kit.cleanPatient(n);
        return kit.expect(Rule.AFTER_HOURS, n, p, d + 1, false, "decoy: a night-shift worker opens a record at night")
                && kit.visit(n, p, d, 1440 + 60 + rng.nextInt(240), 2 + rng.nextInt(5), -1);
    }

    private boolean onCallAtNight() {
        int s = kit.member(m -> staff.job[m] == Job.PHYSICIAN && staff.department[m] < Departments.INPATIENT
                && staff.shift[m].daytime() && staff.terminationDay[m] == Long.MAX_VALUE && kit.workingDays(m) >= 4
                && !nightTime.get(m));
        int d = kit.workingDay(s);
        if (d < 0 || d + 1 >= plan.days) {
            return false;
        }
        int minute = 22 * 60 + rng.nextInt(6 * 60);
        int nextDay = d + minute / 1440;
        int p = kit.wardPatient(s, nextDay);
        if (p < 0) {
            return false;
        }
        int link = plan.censusLinks[nextDay][staff.department[s]][indexOf(plan.census[nextDay][staff.department[s]], p)];
        return kit.expect(Rule.AFTER_HOURS, s, p, nextDay, false, "decoy: a day-shift physician called at night about a"
                + " patient of their unit (encounter link)") && kit.visit(s, p, d, minute, 3 + rng.nextInt(8), link);
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
        int t = kit.member(m -> staff.terminationDay[m] >= plan.startDay && staff.terminationDay[m] <= plan.startDay + lastDay);
        if (t < 0) {
            return false;
        }
        int d = (int) (staff.terminationDay[t] - plan.startDay);
        int p = kit.wardPatient(t, d);
        if (p < 0) {
            p = kit.cleanPatient(t);
        }
        return kit.expect(Rule.TERMINATED_USER, t, p, d, false, "decoy: work on the termination date itself")
                && kit.visit(t, p, d, 10 * 60 + rng.nextInt(300), 2 + rng.nextInt(5), -1);
    }

    private boolean busyExplainedDay() {
        int d = rng.nextInt(lastDay + 1);
        int r = kit.onShift(d, m -> staff.job[m] == Job.REGISTRATION);
        if (r < 0 || !kit.expect(Rule.VOLUME, r, -1, d, false, "decoy: a busy registration day, every patient registered")) {
            return false;
        }
        long day = plan.startDay + d;
        long start = plan.epochSecond(day, 9 * 60);
        for (int i = 0; i < 150; i++) {
            int p = kit.cleanPatient(r);
            int link = plan.links.add(Kind.APPOINTMENT, p, -1, Departments.REGISTRATION, day, day);
            plan.touched.set(p);
            plan.sessions.add(d, r, p, plan.relative(start + i * 144L), 2 + rng.nextInt(3), 5_000, link, Sessions.PLANTED);
        }
        return true;
    }

    private boolean sameFamilyNameElsewhere() {
        int s = kit.member(m -> staff.shift[m].daytime());
        int d = kit.workingDay(s);
        if (d < 0) {
            return false;
        }
        for (int tries = 0; tries < 20_000; tries++) {
            int p = kit.cleanPatient(s);
            if (people.family[p] == staff.family[s]) {
                return kit.expect(Rule.FAMILY, s, p, d, false, "decoy: same family name, another address")
                        && kit.visit(s, p, d, kit.daytimeMinute(), 2 + rng.nextInt(6), -1);
            }
            reserved.clear(p);
        }
        return false;
    }
}

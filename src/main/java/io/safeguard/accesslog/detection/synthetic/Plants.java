package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink.Kind;
import io.safeguard.accesslog.detection.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The planted cases, each exactly one expected alert: targets are chosen so that nothing else explains or flags them
 * (no care link of the user or their department in the simulated days, not a VIP, employee or employee's relative
 * unless that is the point).
 */
final class Plants {
    private final Planting kit;
    private final CarePlan plan;
    private final Workforce staff;
    private final Population people;
    private final SplittableRandom rng;
    private final int perRule;
    private final int lastDay;
    private final BitSet reserved;
    private final BitSet nightTime;
    private final List<PlantedCase> cases;

    Plants(Planting kit, int perRule) {
        this.kit = kit;
        this.plan = kit.plan;
        this.staff = kit.staff;
        this.people = kit.people;
        this.rng = kit.rng;
        this.perRule = perRule;
        this.lastDay = kit.lastDay;
        this.reserved = kit.reserved;
        this.nightTime = kit.nightTime;
        this.cases = kit.cases;
    }

    void plant() {
        Planting.repeat(perRule, this::selfAccess);
        Planting.repeat(perRule, this::family);
        Planting.repeat(perRule, this::coworker);
        Planting.repeat(perRule, this::vip);
        Planting.repeat(perRule, this::terminatedUser);
        volumeSpikes();
        Planting.repeat(perRule, this::afterHours);
    }

    private boolean selfAccess() {
        int s = kit.member(m -> staff.shift[m].daytime() && people.patientOfStaff[m] >= 0);
        int d = kit.workingDay(s);
        if (d < 0) {
            return false;
        }
        int self = people.patientOfStaff[s];
        // Every other one has a visit to the user's own department that day: a care link must not excuse it.
        boolean linked = cases.size() % 2 == 0;
        if (!kit.expect(Rule.SELF_ACCESS, s, self, d, true, "self-access: opens their own record"
                + (linked ? " (on the day of their own visit to their department)" : ""))) {
            return false;
        }
        long day = plan.startDay + d;
        int link = -1;
        if (linked) {
            link = plan.links.add(Kind.APPOINTMENT, self, -1, staff.department[s], day, day);
            plan.touched.set(self);
        }
        return kit.visit(s, self, d, kit.daytimeMinute(), 3 + rng.nextInt(10), link);
    }

    private boolean family() {
        int s = kit.member(m -> staff.shift[m].daytime() && people.patientOfStaff[m] >= 0);
        int d = kit.workingDay(s);
        int relative = d < 0 ? -1 : kit.relative(s, q -> !plan.touched.get(q) && plan.primaryCarePhysician(q) != s);
        if (relative < 0) {
            return false;
        }
        reserved.set(relative);
        return kit.expect(Rule.FAMILY, s, relative, d, true, "family: opens the record of a relative at the same address")
                && kit.visit(s, relative, d, kit.daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean coworker() {
        int s = kit.member(m -> staff.shift[m].daytime());
        int other = kit.member(m -> m != s && people.patientOfStaff[m] >= 0);
        int d = kit.workingDay(s);
        if (d < 0 || other < 0) {
            return false;
        }
        int target = people.patientOfStaff[other];
        if (plan.touched.get(target) || plan.primaryCarePhysician(target) == s) {
            return false;
        }
        reserved.set(target);
        return kit.expect(Rule.COWORKER, s, target, d, true, "coworker: opens another employee's record")
                && kit.visit(s, target, d, kit.daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean vip() {
        int s = kit.member(m -> staff.shift[m].daytime());
        int d = kit.workingDay(s);
        int target = kit.randomVip();
        if (d < 0 || target < 0 || plan.touched.get(target) || plan.primaryCarePhysician(target) == s) {
            return false;
        }
        reserved.set(target);
        return kit.expect(Rule.VIP, s, target, d, true, "VIP: opens a VIP's record without a care link")
                && kit.visit(s, target, d, kit.daytimeMinute(), 2 + rng.nextInt(10), -1);
    }

    private boolean terminatedUser() {
        int t = kit.member(m -> staff.terminationDay[m] != Long.MAX_VALUE);
        if (t < 0) {
            return false;
        }
        int first = (int) Math.max(0, staff.terminationDay[t] + 1 - plan.startDay);
        if (first > lastDay) {
            return false;
        }
        int d = first + rng.nextInt(lastDay - first + 1);
        int p = kit.wardPatient(t, d);
        boolean explained = p >= 0;
        if (!explained) {
            p = kit.cleanPatient(t);
        }
        return kit.expect(Rule.TERMINATED_USER, t, p, d, true, "terminated user: the account is used after the termination"
                + " date" + (explained ? " on a patient of their former unit (a care link exists)" : ""))
                && kit.visit(t, p, d, 10 * 60 + rng.nextInt(300), 2 + rng.nextInt(7), -1);
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
            int d = kit.workingDay(s);
            if (d < 0 || !kit.expect(Rule.VOLUME, s, -1, d, true, "volume: opens hundreds of unexplained records in a day")) {
                continue;
            }
            int count = 150 + rng.nextInt(250);
            long start = plan.epochSecond(plan.startDay + d, 9 * 60);
            for (int i = 0; i < count; i++) {
                int p = kit.cleanPatient(s);
                plan.sessions.add(d, s, p, plan.relative(start + (long) i * 8 * 3600 / count), 2 + rng.nextInt(5),
                        2_000 + rng.nextInt(8_000), -1, Sessions.PLANTED);
            }
            made++;
        }
    }

    private boolean afterHours() {
        int s = kit.member(m -> staff.shift[m].daytime() && staff.terminationDay[m] == Long.MAX_VALUE && kit.workingDays(m) >= 4);
        nightTime.set(Math.max(0, s));
        int d = kit.workingDay(s);
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
            int p = kit.cleanPatient(s);
            int at = minute + 3 * i;
            if (kit.expect(Rule.AFTER_HOURS, s, p, d + at / 1440, true, "after hours: a day-shift user opens records at night")) {
                made = kit.visit(s, p, d, at, 2 + rng.nextInt(7), -1);
            }
        }
        return made;
    }
}

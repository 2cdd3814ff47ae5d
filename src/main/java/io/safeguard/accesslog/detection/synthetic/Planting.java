package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.IntList;
import io.safeguard.accesslog.detection.ExpectedAlert;
import io.safeguard.accesslog.detection.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/** What planting cases and decoys share: the plan, the cases so far, and the patients already taken. */
final class Planting {
    final CarePlan plan;
    final Workforce staff;
    final Population people;
    final SplittableRandom rng;
    final int lastDay;
    /** Planted targets: decoys leave them alone, so that no decoy link explains a plant. */
    final BitSet reserved = new BitSet();
    /** Users with planted after-hours accesses: an on-call decoy must not teach their baseline that nights are usual. */
    final BitSet nightTime = new BitSet();
    final List<PlantedCase> cases = new ArrayList<>();
    private final Set<ExpectedAlert> used = new HashSet<>();

    Planting(CarePlan plan, SplittableRandom rng) {
        this.plan = plan;
        this.staff = plan.staff;
        this.people = plan.people;
        this.rng = rng;
        this.lastDay = plan.days >= 3 ? plan.days - 2 : plan.days - 1;
    }

    interface Attempt {
        boolean made();
    }

    static void repeat(int times, Attempt attempt) {
        for (int made = 0, tries = 0; made < times && tries < times * 50; tries++) {
            made += attempt.made() ? 1 : 0;
        }
    }

    boolean expect(Rule rule, int s, int patient, int day, boolean shouldAlert, String scenario) {
        var alert = new ExpectedAlert(rule, staff.userId[s], patient < 0 ? null : people.id(patient),
                LocalDate.ofEpochDay(plan.startDay + day));
        if (!used.add(alert)) {
            return false;
        }
        cases.add(new PlantedCase(alert, shouldAlert, scenario));
        return true;
    }

    boolean visit(int s, int p, int d, int minuteOfDay, int events, int link) {
        long start = plan.epochSecond(plan.startDay + d, minuteOfDay) + rng.nextInt(60);
        plan.sessions.add(d + minuteOfDay / 1440, s, p, plan.relative(start), events, 5_000 + rng.nextInt(20_000), link,
                Sessions.PLANTED);
        return true;
    }

    int daytimeMinute() {
        return 9 * 60 + rng.nextInt(7 * 60 + 30);
    }

    /** A patient nothing links to the user and no other rule would flag, reserved so that decoys leave it alone. */
    int cleanPatient(int s) {
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
    int relative(int s, IntPredicate acceptable) {
        int self = people.patientOfStaff[s];
        for (int q = self + 1; q < people.size && people.household[q] == people.household[self]; q++) {
            if (people.family[q] == people.family[self] && people.staffOf(q) < 0 && acceptable.test(q)) {
                return q;
            }
        }
        return -1;
    }

    /** An ordinary patient on the census of the user's former unit that day (so a care link exists), or -1. */
    int wardPatient(int s, int d) {
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

    int randomVip() {
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
    int member(IntPredicate acceptable) {
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

    int onShift(int d, IntPredicate acceptable) {
        return member(m -> plan.working[d].get(m) && acceptable.test(m));
    }

    /** Working days up to the last plantable one (the last day may lose its end to the exact event count). */
    int workingDays(int s) {
        int days = 0;
        for (int d = 0; d <= lastDay; d++) {
            days += plan.working[d].get(s) ? 1 : 0;
        }
        return days;
    }

    /** A random day up to the last plantable day on which the member works, or -1. */
    int workingDay(int s) {
        if (s < 0) {
            return -1;
        }
        var days = new IntList(plan.days);
        for (int d = 0; d <= lastDay; d++) {
            if (plan.working[d].get(s)) {
                days.add(d);
            }
        }
        return days.size() == 0 ? -1 : days.get(rng.nextInt(days.size()));
    }
}

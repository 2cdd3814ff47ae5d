package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.CareLink.Kind;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Streams the care links: first those of the simulated days, then for each patient the care-team link to their
 * primary care physician (panel, three years back to a year ahead) and 0-4 old encounters, all ending more than 45
 * days before the first day so that they explain nothing in the simulated days.
 */
final class CareLinkIterator implements Iterator<CareLink> {
    private final CarePlan plan;
    private final long seed;
    private final ArrayDeque<CareLink> pending = new ArrayDeque<>();
    private int nextLink;
    private int nextPatient;

    CareLinkIterator(CarePlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && nextPatient < plan.people.size) {
            patientHistory(nextPatient++);
        }
        return nextLink < plan.links.size() || !pending.isEmpty();
    }

    @Override
    public CareLink next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (nextLink < plan.links.size()) {
            return simulated(nextLink++);
        }
        return pending.poll();
    }

    private CareLink simulated(int i) {
        Links links = plan.links;
        int user = links.user.get(i);
        int dept = links.department.get(i);
        return new CareLink(Links.KINDS[links.kind.get(i)], plan.people.id(links.patient.get(i)),
                user < 0 ? null : plan.staff.userId[user], dept < 0 ? null : Departments.NAMES[dept],
                LocalDate.ofEpochDay(links.from.get(i)), LocalDate.ofEpochDay(links.to.get(i)));
    }

    private void patientHistory(int p) {
        String id = plan.people.id(p);
        int pcp = plan.primaryCarePhysician(p);
        if (pcp >= 0) {
            pending.add(new CareLink(Kind.CARE_TEAM, id, plan.staff.userId[pcp], null,
                    LocalDate.ofEpochDay(plan.startDay - 1095 + p % 700), LocalDate.ofEpochDay(plan.startDay + 365)));
        }
        var random = new SplittableRandom(seed ^ (p * 0xD1B54A32D192ED03L));
        int encounters = random.nextInt(5);
        for (int i = 0; i < encounters; i++) {
            long to = plan.startDay - 46 - random.nextInt(1500);
            long from = to - random.nextInt(7);
            pending.add(new CareLink(Kind.ENCOUNTER, id, null, Departments.NAMES[random.nextInt(Departments.CLINICAL)],
                    LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)));
        }
    }
}

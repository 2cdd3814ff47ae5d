package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.accesslog.detection.ExpectedAlert;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A synthetic hospital's access log, deterministic by seed: exactly {@code events} events over as many days as the
 * workforce needs to produce them (about 1,000 events per clinician-day, fewer staff at weekends), the roster, the
 * patients, the care links (the weeks' admissions, appointments, registrations, orders and billing accounts, each
 * patient's primary care panel and 0-4 old encounters) and the planted cases. Events stream in time order; only the
 * plan (sessions, about 28 bytes per 40 events) is held, never the events.
 */
public final class SyntheticLog {
    /**
     * @param events exactly this many events
     * @param workforce staff members
     * @param patients patients
     * @param start the first day (local date in the zone)
     * @param zone the organization's time zone
     * @param seed the same seed gives the same log
     * @param plantsPerRule planted cases per rule (decoys: half as many per kind)
     */
    public record Spec(long events, int workforce, int patients, LocalDate start, ZoneId zone, long seed, int plantsPerRule) {

        public Spec {
            if (events < 1 || workforce < 20 || patients < 1000 || plantsPerRule < 0) {
                throw new IllegalArgumentException("a synthetic log needs events, at least 20 staff and 1,000 patients");
            }
        }

        /** Starts Monday 2026-03-02 in America/New_York (a DST change on the 8th), seed 42, plants scaled to size. */
        public static Spec of(long events, int workforce, int patients) {
            return new Spec(events, workforce, patients, LocalDate.of(2026, 3, 2), ZoneId.of("America/New_York"), 42,
                    (int) Math.clamp(events / 20_000, 5, 100));
        }

        public Spec withSeed(long newSeed) {
            return new Spec(events, workforce, patients, start, zone, newSeed, plantsPerRule);
        }

        public Spec withPlantsPerRule(int plants) {
            return new Spec(events, workforce, patients, start, zone, seed, plants);
        }
    }

    private final Spec spec;
    private final Workforce staff;
    private final Population people;
    private final CarePlan plan;
    private final List<PlantedCase> cases;

    private SyntheticLog(Spec spec, Workforce staff, Population people, CarePlan plan, List<PlantedCase> cases) {
        this.spec = spec;
        this.staff = staff;
        this.people = people;
        this.plan = plan;
        this.cases = List.copyOf(cases);
    }

    public static SyntheticLog generate(Spec spec) {
        var rng = new SplittableRandom(spec.seed());
        long startDay = spec.start().toEpochDay();
        var staff = new Workforce(spec.workforce(), rng.split(), startDay);
        double[] perDay = new double[1];
        int days = days(spec, staff, perDay);
        staff.terminate(rng.split(), startDay, days);
        var people = new Population(spec.patients(), staff, rng.split(), startDay);
        var plan = new CarePlan(staff, people, spec.zone(), startDay, days, spec.events() / perDay[0] * 1.02, rng.split());
        plan.simulate();
        var planting = new Planting(plan, rng.split());
        new Plants(planting, spec.plantsPerRule()).plant();
        new Decoys(planting, Math.max(2, spec.plantsPerRule() / 2)).plant();
        plan.sessions.adjustTo(spec.events(), plan.sessions.byTime());
        return new SyntheticLog(spec, staff, people, plan, planting.cases);
    }

    /** The fewest days (at least 3) whose expected events reach the target; perDay gets their expected total. */
    private static int days(Spec spec, Workforce staff, double[] expected) {
        double total = 0;
        int days = 0;
        while (total < spec.events() || days < 3) {
            DayOfWeek dow = spec.start().plusDays(days).getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            for (int s = 0; s < staff.size; s++) {
                total += staff.workProbability(s, weekend) * staff.job[s].eventsPerDay;
            }
            days++;
        }
        expected[0] = total;
        return days;
    }

    public Spec spec() {
        return spec;
    }

    /** Days simulated (night shifts of the last one run into the next morning). */
    public int days() {
        return plan.days;
    }

    public List<StaffMember> staff() {
        return List.of(staff.members);
    }

    public Iterable<PatientRecord> patients() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < people.size;
            }

            @Override
            public PatientRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return people.record(next++);
            }
        };
    }

    /** The simulated weeks' links, then per patient the primary care panel link and 0-4 old encounters. */
    public Iterable<CareLink> careLinks() {
        return () -> new CareLinkIterator(plan, spec.seed());
    }

    /** Events in time order, with sequence numbers from 0 and the raw SHA-256 of each CSV line. */
    public Iterator<StoredEvent> events() {
        var cursor = new EventCursor(plan, spec.seed());
        var rows = new EventRows(plan, spec.seed());
        return new Iterator<>() {
            private boolean ready;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    more = cursor.next();
                    ready = true;
                }
                return more;
            }

            @Override
            public StoredEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return new StoredEvent(cursor.seq,
                        rows.event(cursor.seq, cursor.millis, cursor.session, cursor.ordinal, true));
            }
        };
    }

    /** The events expanded once into compact columns (16 bytes each), to replay without generating again. */
    public EventColumns columns() {
        return EventColumns.of(plan, spec.seed(), spec.events());
    }

    public List<PlantedCase> plantedCases() {
        return cases;
    }

    public Set<ExpectedAlert> groundTruth() {
        return cases.stream().filter(PlantedCase::shouldAlert).map(PlantedCase::alert).collect(Collectors.toSet());
    }

    public Set<ExpectedAlert> decoys() {
        return cases.stream().filter(c -> !c.shouldAlert()).map(PlantedCase::alert).collect(Collectors.toSet());
    }

    // For the CSV writer.
    CarePlan plan() {
        return plan;
    }
}

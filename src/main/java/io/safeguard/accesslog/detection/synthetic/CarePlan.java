package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.IntList;
import io.safeguard.accesslog.CareLink.Kind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * The simulated weeks: each inpatient department keeps a census (admissions create an encounter for the department,
 * a pharmacy care-team link and a registration; discharges create a billing account), primary care physicians see
 * appointments from their panels, and every member on shift works through patients of their own pools, with a few
 * percent outside them (consults of other units, look-ups) that no link explains.
 */
final class CarePlan {
    private static final int BILLING_DAYS = 25;

    final Workforce staff;
    final Population people;
    final ZoneId zone;
    final long startDay;
    final int days;
    final long startEpochSecond;
    final Links links = new Links();
    final Sessions sessions = new Sessions();
    /** Patients with any link in the simulated weeks. */
    final BitSet touched = new BitSet();
    final BitSet[] working;
    /** Per day and inpatient department: the patients on the census and their admission encounters. */
    final int[][][] census;
    final int[][][] censusLinks;
    final int[] primaryCarePhysicians;
    private final int[] primaryCare;
    private final double scale;
    private final SplittableRandom rng;
    private final IntList[] wardPatients = new IntList[Departments.INPATIENT];
    private final IntList[] wardDischarge = new IntList[Departments.INPATIENT];
    private final IntList[] wardLink = new IntList[Departments.INPATIENT];
    private final int[] wardTarget = new int[Departments.INPATIENT];
    private final BitSet inHospital = new BitSet();
    private final IntList billedPatients = new IntList(1024);
    private final IntList billedDay = new IntList(1024);
    private final IntList billedLink = new IntList(1024);
    private int billingFrom;
    // Today's pools: patients with the link that explains seeing them.
    private final IntList inpatients = new IntList(1024);
    private final IntList inpatientLinks = new IntList(1024);
    private final IntList appointments = new IntList(1024);
    private final IntList appointmentLinks = new IntList(1024);
    private final IntList registrations = new IntList(1024);
    private final IntList registrationLinks = new IntList(1024);
    private final BitSet labLinked = new BitSet();
    private final int[] ownAppointmentsFrom;
    private final int[] ownAppointmentsTo;

    CarePlan(Workforce staff, Population people, ZoneId zone, long startDay, int days, double scale, SplittableRandom rng) {
        this.staff = staff;
        this.people = people;
        this.zone = zone;
        this.startDay = startDay;
        this.days = days;
        this.scale = scale;
        this.rng = rng;
        this.startEpochSecond = LocalDate.ofEpochDay(startDay).atStartOfDay(zone).toEpochSecond();
        this.working = new BitSet[days];
        this.census = new int[days][][];
        this.ownAppointmentsFrom = new int[staff.size];
        this.ownAppointmentsTo = new int[staff.size];
        this.censusLinks = new int[days][][];
        var pcp = new IntList(64);
        var clinic = new IntList(64);
        int[] clinicians = new int[Departments.CLINICAL];
        for (int s = 0; s < staff.size; s++) {
            if (staff.job[s] == Job.PHYSICIAN && staff.department[s] == Departments.PRIMARY_CARE) {
                pcp.add(s);
            }
            if (staff.department[s] == Departments.PRIMARY_CARE) {
                clinic.add(s);
            }
            if (staff.department[s] < Departments.CLINICAL) {
                clinicians[staff.department[s]]++;
            }
        }
        primaryCarePhysicians = pcp.toArray();
        primaryCare = clinic.toArray();
        for (int w = 0; w < Departments.INPATIENT; w++) {
            wardTarget[w] = Math.max(6, (int) Math.round(clinicians[w] * 1.3));
            wardPatients[w] = new IntList(wardTarget[w] + 16);
            wardDischarge[w] = new IntList(wardTarget[w] + 16);
            wardLink[w] = new IntList(wardTarget[w] + 16);
        }
    }

    /** The primary care physician of the patient (a CARE_TEAM link for their whole panel), or -1. */
    int primaryCarePhysician(int p) {
        if (primaryCarePhysicians.length == 0) {
            return -1;
        }
        int h = p * 0x9E3779B9;
        return primaryCarePhysicians[Math.floorMod(h ^ (h >>> 15), primaryCarePhysicians.length)];
    }

    /** Epoch second of a local time: minutes after midnight of the day, DST gaps and overlaps resolved by java.time. */
    long epochSecond(long day, int minuteOfDay) {
        return LocalDate.ofEpochDay(day).atStartOfDay().plusMinutes(minuteOfDay).atZone(zone).toEpochSecond();
    }

    int relative(long epochSecond) {
        return (int) (epochSecond - startEpochSecond);
    }

    void simulate() {
        for (int w = 0; w < Departments.INPATIENT; w++) {
            while (wardPatients[w].size() < wardTarget[w]) {
                // Admitted in the days before; some left the day before the first day, so beds free up at once.
                admit(w, startDay - 1 - rng.nextInt(4), startDay - 1);
            }
        }
        billingBacklog();
        for (int d = 0; d < days; d++) {
            long day = startDay + d;
            boolean weekend = LocalDate.ofEpochDay(day).getDayOfWeek().getValue() >= 6;
            inpatients.clear();
            inpatientLinks.clear();
            appointments.clear();
            appointmentLinks.clear();
            registrations.clear();
            registrationLinks.clear();
            labLinked.clear();
            census[d] = new int[Departments.INPATIENT][];
            censusLinks[d] = new int[Departments.INPATIENT][];
            for (int w = 0; w < Departments.INPATIENT; w++) {
                dischargeAndAdmit(w, day);
                census[d][w] = wardPatients[w].toArray();
                censusLinks[d][w] = wardLink[w].toArray();
                for (int i = 0; i < wardPatients[w].size(); i++) {
                    inpatients.add(wardPatients[w].get(i));
                    inpatientLinks.add(wardLink[w].get(i));
                }
            }
            while (billingFrom < billedDay.size() && billedDay.get(billingFrom) < day - BILLING_DAYS) {
                billingFrom++;
            }
            working[d] = new BitSet(staff.size);
            for (int s = 0; s < staff.size; s++) {
                if (staff.employedOn(s, day) && rng.nextDouble() < staff.workProbability(s, weekend)) {
                    working[d].set(s);
                }
            }
            for (int s : primaryCare) {
                ownAppointmentsTo[s] = ownAppointmentsFrom[s];
                if (working[d].get(s)) {
                    bookAppointments(s, day);
                }
            }
            for (int s = working[d].nextSetBit(0); s >= 0; s = working[d].nextSetBit(s + 1)) {
                workShift(s, d, day);
            }
        }
    }

    private void dischargeAndAdmit(int w, long day) {
        for (int i = wardPatients[w].size() - 1; i >= 0; i--) {
            if (wardDischarge[w].get(i) < day) {
                int p = wardPatients[w].get(i);
                long discharged = wardDischarge[w].get(i);
                billedPatients.add(p);
                billedDay.add((int) discharged);
                billedLink.add(links.add(Kind.ENCOUNTER, p, -1, Departments.BILLING, discharged, discharged));
                inHospital.clear(p);
                wardPatients[w].swapRemove(i);
                wardDischarge[w].swapRemove(i);
                wardLink[w].swapRemove(i);
            }
        }
        while (wardPatients[w].size() < wardTarget[w]) {
            int p = admit(w, day, day);
            registrations.add(p);
            registrationLinks.add(links.add(Kind.ENCOUNTER, p, -1, Departments.REGISTRATION, day, day));
            touched.set(p);
        }
    }

    private int admit(int w, long admitted, long notBefore) {
        int p;
        do {
            p = rng.nextInt(people.size);
        } while (inHospital.get(p));
        inHospital.set(p);
        touched.set(p);
        long discharge = Math.max(notBefore, admitted + (w == Departments.EMERGENCY ? rng.nextInt(2) : 1 + rng.nextInt(7)));
        wardPatients[w].add(p);
        wardDischarge[w].add((int) discharge);
        wardLink[w].add(links.add(Kind.ENCOUNTER, p, -1, w, admitted, discharge));
        links.add(Kind.CARE_TEAM, p, -1, Departments.PHARMACY, admitted, discharge);
        return p;
    }

    private void billingBacklog() {
        int billers = 0;
        for (int s = 0; s < staff.size; s++) {
            billers += staff.job[s] == Job.BILLING ? 1 : 0;
        }
        int backlog = Math.max(50, billers * 40);
        for (int i = 0; i < backlog; i++) {
            int p = rng.nextInt(people.size);
            long day = startDay - BILLING_DAYS + (long) i * BILLING_DAYS / backlog;
            touched.set(p);
            billedPatients.add(p);
            billedDay.add((int) day);
            billedLink.add(links.add(Kind.ENCOUNTER, p, -1, Departments.BILLING, day, day));
        }
    }

    /** A physician's appointments come from their panel; a nurse's (blood pressure, injections) from any panel. */
    private void bookAppointments(int clinician, long day) {
        boolean physician = staff.job[clinician] == Job.PHYSICIAN;
        int count = (int) Math.round((physician ? 16 : 8) * (0.8 + 0.4 * rng.nextDouble()));
        ownAppointmentsFrom[clinician] = appointments.size();
        ownAppointmentsTo[clinician] = appointments.size() + count;
        for (int i = 0; i < count; i++) {
            int p = physician ? panelPatient(clinician) : rng.nextInt(people.size);
            touched.set(p);
            appointments.add(p);
            appointmentLinks.add(links.add(Kind.APPOINTMENT, p, clinician, Departments.PRIMARY_CARE, day, day));
            registrations.add(p);
            registrationLinks.add(links.add(Kind.APPOINTMENT, p, -1, Departments.REGISTRATION, day, day));
        }
    }

    private int panelPatient(int physician) {
        for (int tries = 0; ; tries++) {
            int p = rng.nextInt(people.size);
            if (primaryCarePhysician(p) == physician || tries > 10_000) {
                return p;
            }
        }
    }

    private void workShift(int s, int d, long day) {
        Job job = staff.job[s];
        Shift shift = staff.shift[s];
        long shiftStart = epochSecond(day, shift.startMinute() - 15 + rng.nextInt(21));
        int length = (shift.minutes() - 10 + rng.nextInt(shift.daytime() ? 56 : 31)) * 60;
        int patients = Math.max(1, (int) Math.round(job.patientsPerDay * (0.7 + 0.6 * rng.nextDouble())));
        double events = job.eventsPerDay * (0.8 + 0.4 * rng.nextDouble()) * scale;
        var visitPatient = new IntList(patients * 2);
        var visitLink = new IntList(patients * 2);
        var visitEvents = new IntList(patients * 2);
        long[] pick = new long[1];
        for (int i = 0; i < patients; i++) {
            do {
                // Nobody is on shift to treat themselves: their own record is the planted self-access only.
                choosePatient(s, d, day, pick);
            } while ((int) (pick[0] >>> 32) == people.patientOfStaff[s]);
            int p = (int) (pick[0] >>> 32);
            int link = (int) pick[0];
            int count = Math.max(1, (int) Math.round(events / patients * (0.5 + rng.nextDouble())));
            int visits = count > 1 && rng.nextDouble() < 0.4 ? 2 : 1;
            for (int v = 0; v < visits; v++) {
                visitPatient.add(p);
                visitLink.add(link);
                visitEvents.add(v == 0 ? count - count / 2 * (visits - 1) : count / 2);
            }
        }
        int n = visitPatient.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(i + 1);
            order[i] = order[k];
            order[k] = i;
        }
        int slot = Math.max(1, length / n);
        for (int j = 0; j < n; j++) {
            int v = order[j];
            int count = visitEvents.get(v);
            int gap = (int) Math.max(300, Math.min(8_000 + rng.nextInt(32_000), 700L * slot / count));
            int duration = (int) ((long) gap * count / 1000);
            int offset = j * slot + rng.nextInt(Math.max(1, slot - duration));
            sessions.add(d, s, visitPatient.get(v), relative(shiftStart) + offset, count, gap, visitLink.get(v), 0);
        }
    }

    /** Sets pick to (patient << 32 | explaining link, or -1 when nothing explains the visit). */
    private void choosePatient(int s, int d, long day, long[] pick) {
        Job job = staff.job[s];
        int dept = staff.department[s];
        double x = rng.nextDouble();
        if (dept == Departments.PRIMARY_CARE) {
            if (job == Job.PHYSICIAN && x < 0.04) {
                set(pick, panelPatient(s), -1); // explained by the panel's care-team link
            } else if (x < 0.95 && appointments.size() > 0) {
                int i = ownAppointment(s, job);
                set(pick, appointments.get(i), appointmentLinks.get(i));
            } else {
                set(pick, rng.nextInt(people.size), -1);
            }
            return;
        }
        if (dept < Departments.INPATIENT) {
            int[] ward = census[d][dept];
            if (x < 0.95 && ward.length > 0) {
                int i = rng.nextInt(ward.length);
                set(pick, ward[i], censusLinks[d][dept][i]);
            } else {
                int other = rng.nextInt(Departments.INPATIENT);
                int[] consult = census[d][other];
                set(pick, consult.length == 0 || other == dept ? rng.nextInt(people.size) : consult[rng.nextInt(consult.length)],
                        -1);
            }
            return;
        }
        if (x >= 0.97) {
            set(pick, rng.nextInt(people.size), -1);
            return;
        }
        switch (dept) {
            case Departments.REGISTRATION -> pickFrom(pick, registrations, registrationLinks, registrations,
                    registrationLinks);
            case Departments.BILLING -> {
                int open = billedPatients.size() - billingFrom;
                int i = open == 0 ? -1 : billingFrom + rng.nextInt(open);
                set(pick, i < 0 ? rng.nextInt(people.size) : billedPatients.get(i), i < 0 ? -1 : billedLink.get(i));
            }
            case Departments.LABORATORY -> {
                pickFrom(pick, inpatients, inpatientLinks, appointments, appointmentLinks);
                int p = (int) (pick[0] >>> 32);
                if (!labLinked.get(p)) {
                    labLinked.set(p);
                    touched.set(p);
                    set(pick, p, links.add(Kind.ENCOUNTER, p, -1, Departments.LABORATORY, day, day));
                }
            }
            default -> pickFrom(pick, inpatients, inpatientLinks, inpatients, inpatientLinks);
        }
    }

    /** A physician sees their own appointments; a nurse their own or anyone's of the day. */
    private int ownAppointment(int s, Job job) {
        int own = ownAppointmentsTo[s] - ownAppointmentsFrom[s];
        boolean mine = own > 0 && (job == Job.PHYSICIAN || rng.nextBoolean());
        return mine ? ownAppointmentsFrom[s] + rng.nextInt(own) : rng.nextInt(appointments.size());
    }

    private void pickFrom(long[] pick, IntList first, IntList firstLinks, IntList second, IntList secondLinks) {
        int total = first.size() + second.size();
        if (total == 0) {
            set(pick, rng.nextInt(people.size), -1);
            return;
        }
        int i = rng.nextInt(total);
        if (i < first.size()) {
            set(pick, first.get(i), firstLinks.get(i));
        } else {
            set(pick, second.get(i - first.size()), secondLinks.get(i - first.size()));
        }
    }

    private static void set(long[] pick, int patient, int link) {
        pick[0] = ((long) patient << 32) | (link & 0xFFFFFFFFL);
    }
}

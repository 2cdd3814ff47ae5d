package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.StaffMember;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The roster: job families in their published proportions, clinicians spread over the clinical departments, a shift
 * pattern per member, and about 2 % terminated (half before the simulated weeks, half during them).
 */
final class Workforce {
    final int size;
    final Job[] job;
    final int[] department;
    final Shift[] shift;
    final int[] given;
    final int[] family;
    final String[] userId;
    final String[] employeeId;
    final String[] fullName;
    final long[] hireDay;
    final long[] terminationDay;
    final StaffMember[] members;

    Workforce(int size, SplittableRandom rng, long startDay) {
        this.size = size;
        job = new Job[size];
        department = new int[size];
        shift = new Shift[size];
        given = new int[size];
        family = new int[size];
        userId = new String[size];
        employeeId = new String[size];
        fullName = new String[size];
        hireDay = new long[size];
        terminationDay = new long[size];
        members = new StaffMember[size];
        assignJobs(rng);
        Map<String, Integer> logins = new HashMap<>();
        for (int s = 0; s < size; s++) {
            department[s] = job[s].department >= 0 ? job[s].department : clinicalDepartment(rng);
            shift[s] = shift(job[s], department[s], rng);
            given[s] = rng.nextInt(Names.GIVEN.length);
            family[s] = rng.nextInt(Names.FAMILY.length);
            String login = (Names.GIVEN[given[s]].charAt(0) + "." + Names.FAMILY[family[s]]).toLowerCase(Locale.ROOT)
                    .replace("'", "");
            int seen = logins.merge(login, 1, Integer::sum);
            userId[s] = seen == 1 ? login : login + seen;
            employeeId[s] = "E-" + (10001 + s);
            fullName[s] = Names.GIVEN[given[s]] + " " + Names.FAMILY[family[s]];
            hireDay[s] = startDay - 90 - rng.nextInt(6000);
            terminationDay[s] = Long.MAX_VALUE;
        }
    }

    /** About 2 % leave: half before the first day, half during the simulated days (they work until that date). */
    void terminate(SplittableRandom rng, long startDay, int days) {
        int terminated = Math.max(2, Math.round(size * 0.02f));
        for (int i = 0; i < terminated && i < size; i++) {
            int s = rng.nextInt(size);
            terminationDay[s] = i % 2 == 0 ? startDay - 1 - rng.nextInt(60) : startDay + 1 + rng.nextInt(Math.max(1, days - 3));
        }
        for (int s = 0; s < size; s++) {
            members[s] = new StaffMember(userId[s], employeeId[s], fullName[s], Departments.NAMES[department[s]],
                    job[s].title, LocalDate.ofEpochDay(hireDay[s]),
                    terminationDay[s] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(terminationDay[s]));
        }
    }

    boolean employedOn(int s, long day) {
        return day >= hireDay[s] && day <= terminationDay[s];
    }

    /** The chance that the member works a shift starting on that day of the week. */
    double workProbability(int s, boolean weekend) {
        if (department[s] == Departments.PRIMARY_CARE) {
            return weekend ? 0 : job[s].weekday;
        }
        if (job[s] == Job.PHYSICIAN && department[s] == Departments.EMERGENCY) {
            return 0.45;
        }
        return weekend ? job[s].weekend : job[s].weekday;
    }

    private void assignJobs(SplittableRandom rng) {
        int s = 0;
        for (Job j : Job.values()) {
            int count = j == Job.NURSE ? 0 : (int) Math.round(size * j.share);
            for (int i = 0; i < count && s < size; i++) {
                job[s++] = j;
            }
        }
        while (s < size) {
            job[s++] = Job.NURSE;
        }
        for (int i = size - 1; i > 0; i--) {
            int k = rng.nextInt(i + 1);
            Job t = job[i];
            job[i] = job[k];
            job[k] = t;
        }
    }

    private static int clinicalDepartment(SplittableRandom rng) {
        double x = rng.nextDouble();
        for (int d = 0; d < Departments.CLINICAL; d++) {
            x -= Departments.CLINICAL_WEIGHT[d];
            if (x < 0) {
                return d;
            }
        }
        return 0;
    }

    private static Shift shift(Job job, int department, SplittableRandom rng) {
        double x = rng.nextDouble();
        return switch (job) {
            case PHYSICIAN -> department == Departments.PRIMARY_CARE ? Shift.CLINIC
                    : department == Departments.EMERGENCY && x < 0.5 ? Shift.NIGHT : Shift.PHYSICIAN_DAY;
            case NURSE -> department == Departments.PRIMARY_CARE ? Shift.CLINIC : x < 0.7 ? Shift.DAY : Shift.NIGHT;
            case REGISTRATION -> Shift.FRONT_DESK;
            case BILLING -> Shift.OFFICE;
            case LAB -> x < 0.34 ? Shift.LAB_DAY : x < 0.67 ? Shift.LAB_EVENING : Shift.LAB_NIGHT;
            case PHARMACY -> x < 0.7 ? Shift.DAY : Shift.NIGHT;
        };
    }
}

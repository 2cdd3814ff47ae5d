package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.IntList;
import io.safeguard.accesslog.PatientRecord;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * The patients, about 14 bytes each: households of one to five at one address (most members share the family name,
 * some do not), about 60 % of the workforce among them with their households first, and 0.1 % VIPs among the others.
 * Patient ids are eight-digit numbers in scrambled order; records are built on demand.
 */
final class Population {
    private static final long PRIME = 1_000_003L;

    final int size;
    final int[] household;
    final short[] given;
    final short[] family;
    final int[] birthDay;
    final BitSet vip = new BitSet();
    /** Patients below this index live in an employee's household. */
    final int ordinaryStart;
    final int[] patientOfStaff;
    private final int[] staffOfPatient;

    Population(int size, Workforce staff, SplittableRandom rng, long startDay) {
        this.size = size;
        household = new int[size];
        given = new short[size];
        family = new short[size];
        birthDay = new int[size];
        patientOfStaff = new int[staff.size];
        Arrays.fill(patientOfStaff, -1);
        int p = 0;
        int h = 0;
        var employeePatients = new IntList(staff.size);
        for (int s = 0; s < staff.size && p < size; s++) {
            if (rng.nextDouble() >= 0.6) {
                continue;
            }
            patientOfStaff[s] = p;
            employeePatients.add(s);
            p = household(p, h++, staff.given[s], staff.family[s], rng, startDay);
        }
        ordinaryStart = p;
        while (p < size) {
            p = household(p, h++, -1, rng.nextInt(Names.FAMILY.length), rng, startDay);
        }
        staffOfPatient = new int[ordinaryStart];
        Arrays.fill(staffOfPatient, -1);
        for (int i = 0; i < employeePatients.size(); i++) {
            int s = employeePatients.get(i);
            staffOfPatient[patientOfStaff[s]] = s;
        }
        for (int q = ordinaryStart; q < size; q++) {
            if (rng.nextDouble() < 0.001) {
                vip.set(q);
            }
        }
    }

    /** The staff member who is this patient, or -1. */
    int staffOf(int p) {
        return p < ordinaryStart ? staffOfPatient[p] : -1;
    }

    /** VIPs, employees and their households: the patients a planted case must not touch by accident. */
    boolean special(int p) {
        return p < ordinaryStart || vip.get(p);
    }

    String id(int p) {
        // A multiplier prime to the size makes the scramble one-to-one.
        long multiplier = size % PRIME == 0 ? 999_983L : PRIME;
        return Long.toString(10_000_000L + (p * multiplier + 12_345L) % size);
    }

    String familyName(int p) {
        return Names.FAMILY[family[p]];
    }

    PatientRecord record(int p) {
        int h = household[p];
        int s = staffOf(p);
        return new PatientRecord(id(p), Names.GIVEN[given[p]], familyName(p), LocalDate.ofEpochDay(birthDay[p]),
                addressLine(h), Names.CITIES[h % Names.CITIES.length], postalCode(h), vip.get(p),
                s < 0 ? null : "E-" + (10001 + s), null);
    }

    /** Unique per household: city, street and house number are digits of the household number. */
    static String addressLine(int h) {
        int street = (h / Names.CITIES.length) % Names.STREETS.length;
        int number = 1 + (h / (Names.CITIES.length * Names.STREETS.length)) % 9973;
        String line = number + " " + Names.STREETS[street];
        int hash = h * 0x9E3779B9;
        return (hash >>> 28) < 3 ? line + " Apt " + (1 + (hash >>> 20) % 30) : line;
    }

    static String postalCode(int h) {
        int city = h % Names.CITIES.length;
        int last = (h / Names.CITIES.length) % 97;
        return Names.POSTAL_PREFIX[city] + (last < 10 ? "0" : "") + last;
    }

    private int household(int first, int h, int firstGiven, int surname, SplittableRandom rng, long startDay) {
        double x = rng.nextDouble();
        int members = x < 0.35 ? 1 : x < 0.65 ? 2 : x < 0.80 ? 3 : x < 0.92 ? 4 : 5;
        int p = first;
        for (int m = 0; m < members && p < size; m++, p++) {
            household[p] = h;
            given[p] = (short) (m == 0 && firstGiven >= 0 ? firstGiven : rng.nextInt(Names.GIVEN.length));
            family[p] = (short) (m == 0 || rng.nextDouble() < 0.8 ? surname : rng.nextInt(Names.FAMILY.length));
            birthDay[p] = (int) (startDay - 7000 - rng.nextInt(25000)) + (m == 0 ? 0 : rng.nextInt(6000));
        }
        return p;
    }
}

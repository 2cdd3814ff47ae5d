package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.IntList;
import io.safeguard.accesslog.CareLink;

/** The care links the simulated weeks create (admissions, appointments, registrations, orders, billing), in columns. */
final class Links {
    static final CareLink.Kind[] KINDS = CareLink.Kind.values();

    final IntList patient = new IntList(1 << 12);
    final IntList kind = new IntList(1 << 12);
    final IntList user = new IntList(1 << 12);
    final IntList department = new IntList(1 << 12);
    final IntList from = new IntList(1 << 12);
    final IntList to = new IntList(1 << 12);

    int add(CareLink.Kind k, int p, int staff, int dept, long fromDay, long toDay) {
        patient.add(p);
        kind.add(k.ordinal());
        user.add(staff);
        department.add(dept);
        from.add((int) fromDay);
        to.add((int) toDay);
        return patient.size() - 1;
    }

    int size() {
        return patient.size();
    }

    /** The encounter id events carry when an encounter or appointment explains them. */
    static String encounterId(int link) {
        return "ENC-" + (100_000 + link);
    }

    boolean isVisit(int link) {
        return link >= 0 && kind.get(link) != CareLink.Kind.CARE_TEAM.ordinal();
    }
}

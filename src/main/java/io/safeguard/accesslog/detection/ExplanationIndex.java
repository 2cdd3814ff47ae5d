package io.safeguard.accesslog.detection;

/**
 * The care links of every patient in one compressed-row table: the links of patient p are the triples (actor, first
 * day, last day) at rows {@code first[p]} to {@code first[p + 1]}, days as epoch days. An actor is a user ({@code
 * 2u}) or a department ({@code 2d + 1}). Twelve bytes per link plus four per patient; a lookup reads the few links
 * of one patient, so it costs the same with 10 thousand or 10 million links.
 */
final class ExplanationIndex {
    static final int NO_ACTOR = -1;

    private final int[] first;
    private final int[] rows;

    private ExplanationIndex(int[] first, int[] rows) {
        this.first = first;
        this.rows = rows;
    }

    static int userActor(int user) {
        return user < 0 ? NO_ACTOR : user << 1;
    }

    static int departmentActor(int department) {
        return department < 0 ? NO_ACTOR : (department << 1) | 1;
    }

    /** Whether a link of the user or the department covers the day, widened by lead days before and trail days after. */
    boolean explains(int patient, int userActor, int departmentActor, long day, int leadDays, int trailDays) {
        if (patient < 0 || patient >= first.length - 1) {
            return false;
        }
        for (int i = first[patient] * 3, end = first[patient + 1] * 3; i < end; i += 3) {
            int actor = rows[i];
            if ((actor == userActor || actor == departmentActor) && actor != NO_ACTOR && rows[i + 1] - leadDays <= day
                    && day <= (long) rows[i + 2] + trailDays) {
                return true;
            }
        }
        return false;
    }

    int links() {
        return rows.length / 3;
    }

    long bytes() {
        return 4L * first.length + 4L * rows.length;
    }

    /** Collects links in any order, then sorts them by patient with one counting pass. */
    static final class Builder {
        private final IntList patients = new IntList(1 << 16);
        private final IntList actors = new IntList(1 << 16);
        private final IntList froms = new IntList(1 << 16);
        private final IntList tos = new IntList(1 << 16);

        void add(int patient, int actor, int fromDay, int toDay) {
            patients.add(patient);
            actors.add(actor);
            froms.add(fromDay);
            tos.add(toDay);
        }

        ExplanationIndex build(int patientCount) {
            int[] first = new int[patientCount + 1];
            int n = patients.size();
            for (int i = 0; i < n; i++) {
                first[patients.get(i) + 1]++;
            }
            for (int p = 0; p < patientCount; p++) {
                first[p + 1] += first[p];
            }
            int[] next = java.util.Arrays.copyOf(first, patientCount);
            int[] rows = new int[n * 3];
            for (int i = 0; i < n; i++) {
                int row = next[patients.get(i)]++ * 3;
                rows[row] = actors.get(i);
                rows[row + 1] = froms.get(i);
                rows[row + 2] = tos.get(i);
            }
            return new ExplanationIndex(first, rows);
        }
    }
}

package io.safeguard.practices;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where a practice stood over the 12 months before an as-of date. HITECH section 13412 asks whether recognized
 * security practices were in place "for not less than the previous 12 months"; OCR's 2022 request for information
 * reads that as fully implemented and actively in use across the whole look-back period, not merely documented. So
 * a practice counts only if it was adopted on or before the period's first day (the same calendar day a year
 * earlier), was not retired before the as-of date, and has evidence on file.
 */
final class LookBack {
    static final int MONTHS = 12;

    private LookBack() {}

    /** The first day of the look-back period; a practice adopted on this day was in place the whole period. */
    static LocalDate periodStart(LocalDate asOf) {
        return asOf.minusMonths(MONTHS);
    }

    /**
     * The adoption periods of one practice, oldest first, each as its latest record. A record starts a new period when
     * the previous one was retired and the new adoption date is after that retirement; otherwise it corrects or
     * retires the current period.
     */
    static List<Adoption> periods(List<Adoption> history) {
        List<Adoption> periods = new ArrayList<>();
        for (Adoption record : history) {
            Adoption last = periods.isEmpty() ? null : periods.getLast();
            if (last != null && !(last.retired() && record.adoptedOn().isAfter(last.retiredOn()))) {
                periods.set(periods.size() - 1, record);
            } else {
                periods.add(record);
            }
        }
        return periods;
    }

    /** {@code history}: the practice's records in the order recorded; {@code onFile}: the organization's evidence ids. */
    static PracticeStanding standing(Practice practice, List<Adoption> history, Set<UUID> onFile, LocalDate asOf) {
        LocalDate start = periodStart(asOf);
        List<Adoption> periods = periods(history);
        Adoption current = periods.stream().filter(p -> !p.adoptedOn().isAfter(asOf)).reduce((a, b) -> b).orElse(null);
        if (current == null) {
            List<String> gaps = periods.isEmpty() ? List.of("not adopted")
                    : List.of("adopted " + periods.getFirst().adoptedOn() + ", after " + asOf);
            return new PracticeStanding(practice, Standing.NOT_ADOPTED, periods.isEmpty() ? null : periods.getFirst(), 0, gaps);
        }
        boolean retired = current.retired() && current.retiredOn().isBefore(asOf);
        if (retired && current.retiredOn().isBefore(start)) {
            return new PracticeStanding(practice, Standing.NOT_ADOPTED, current, 0,
                    List.of("retired " + current.retiredOn() + ", before the period"));
        }
        List<String> gaps = new ArrayList<>();
        boolean wholePeriod = !current.adoptedOn().isAfter(start) && !retired;
        LocalDate from = current.adoptedOn().isAfter(start) ? current.adoptedOn() : start;
        int months = wholePeriod ? MONTHS : (int) ChronoUnit.MONTHS.between(from, retired ? current.retiredOn() : asOf);
        if (!wholePeriod) {
            List<String> what = new ArrayList<>();
            if (current.adoptedOn().isAfter(start)) {
                what.add("adopted " + current.adoptedOn());
            }
            if (retired) {
                what.add("retired " + current.retiredOn());
            }
            gaps.add(String.join(", ", what) + ": in place " + months + " of the " + MONTHS + " months");
        }
        boolean evidence = current.evidenceIds().stream().anyMatch(onFile::contains);
        if (!evidence) {
            gaps.add(current.evidenceIds().isEmpty() ? "no evidence linked" : "the linked evidence is no longer on file");
        }
        return new PracticeStanding(practice, wholePeriod && evidence ? Standing.IN_PLACE : Standing.PARTIAL, current, months, gaps);
    }
}

package io.safeguard.documents;

import java.time.LocalDate;

/**
 * 164.316(b)(2)(i): documentation is retained for six years from the date of its creation or the date when it last
 * was in effect, whichever is later. Retained through the last day; deletable from the day after.
 */
final class Retention {
    static final int YEARS = 6;

    private Retention() {}

    static LocalDate until(LocalDate created, LocalDate lastInEffect) {
        LocalDate later = lastInEffect.isAfter(created) ? lastInEffect : created;
        return later.plusYears(YEARS);
    }

    static boolean retainedOn(LocalDate retainUntil, LocalDate date) {
        return !date.isAfter(retainUntil);
    }
}

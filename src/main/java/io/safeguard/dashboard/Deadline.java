package io.safeguard.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Something the program owes by a date: a training renewal, a BAA expiry, a review, a risk treatment. */
public record Deadline(LocalDate due, String what, String kind, String link, LocalDate today) {
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, due);
    }

    public boolean overdue() {
        return due.isBefore(today);
    }
}

package io.safeguard.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Something the program owes by a date: a training renewal, a BAA expiry, a review, a risk treatment. */
public record Deadline(LocalDate due, String what, String kind, String link, LocalDate today) {
    static final String BREACH_NOTICE = "Breach notice";
    static final String REPORT_TO_HHS = "Report to HHS";
    static final String CORRECTIVE_ACTION = "Corrective action";

    /** Owed to individuals or HHS (breach notices, corrective-action plans) rather than a program's own schedule. */
    public boolean statutory() {
        return kind.equals(BREACH_NOTICE) || kind.equals(REPORT_TO_HHS) || kind.equals(CORRECTIVE_ACTION);
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, due);
    }

    public boolean overdue() {
        return due.isBefore(today);
    }
}

package io.safeguard.incident;

/** A notice owed with the days left until it is due, counted from today in the organization's time zone. */
public record Deadline(Obligation obligation, long daysLeft) {
    public boolean overdue() {
        return daysLeft < 0;
    }
}

package io.safeguard.workforce;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where one member stands with one course on a date. A completion counts through its due date (completed on
 * 2025-11-23 with a 12-month refresh: current through 2026-11-23, overdue from 2026-11-24); a new member is due by
 * hire date + window and overdue the day after.
 */
public record TrainingStatus(State state, @Nullable LocalDate lastCompleted, @Nullable LocalDate dueOn) {
    static final int DUE_SOON_DAYS = 30;

    public enum State {
        CURRENT("Current"),
        DUE_SOON("Due soon"),
        DUE("Due (new hire)"),
        OVERDUE("Overdue"),
        NOT_REQUIRED("Not required");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean gap() {
        return state == State.OVERDUE;
    }

    static TrainingStatus of(WorkforceMember member, Course course, @Nullable LocalDate lastCompleted, LocalDate asOf) {
        if (!course.appliesTo(member) || !member.activeOn(asOf)) {
            return new TrainingStatus(State.NOT_REQUIRED, lastCompleted, null);
        }
        if (lastCompleted == null) {
            LocalDate due = member.hireDate().plusDays(course.newHireDays());
            return new TrainingStatus(asOf.isAfter(due) ? State.OVERDUE : State.DUE, null, due);
        }
        if (course.refreshMonths() == null) {
            return new TrainingStatus(State.CURRENT, lastCompleted, null);
        }
        LocalDate due = lastCompleted.plusMonths(course.refreshMonths());
        if (asOf.isAfter(due)) {
            return new TrainingStatus(State.OVERDUE, lastCompleted, due);
        }
        return new TrainingStatus(asOf.plusDays(DUE_SOON_DAYS).isAfter(due) ? State.DUE_SOON : State.CURRENT, lastCompleted, due);
    }
}

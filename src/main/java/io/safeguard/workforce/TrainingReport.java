package io.safeguard.workforce;

import java.time.LocalDate;
import java.util.List;

/** Training status of every member for every course that applies to them, on one date. */
public record TrainingReport(LocalDate asOf, List<Course> courses, List<Line> lines) {

    public List<Line> overdue() {
        return lines.stream().filter(l -> l.status().gap()).toList();
    }

    public long membersOverdue() {
        return overdue().stream().map(l -> l.member().id()).distinct().count();
    }

    public long membersRequired() {
        return lines.stream().map(l -> l.member().id()).distinct().count();
    }

    public record Line(WorkforceMember member, Course course, TrainingStatus status) {}
}

package io.safeguard.practices;

import io.safeguard.organization.SizeCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * The computed answer for an as-of date (HITECH section 13412: practices in place "for not less than the previous 12
 * months"): the period from {@code periodStart} to {@code asOf}, per followed framework the practices that apply to the
 * organization's size and where each stands, and the overall answer.
 */
public record PracticeCoverage(LocalDate asOf, LocalDate periodStart, SizeCategory size, Answer answer,
        List<FrameworkCoverage> frameworks) {

    static PracticeCoverage of(LocalDate asOf, SizeCategory size, List<FrameworkCoverage> frameworks) {
        Answer answer;
        if (frameworks.isEmpty()) {
            answer = Answer.NO_FRAMEWORK;
        } else if (frameworks.stream().allMatch(f -> f.answer() == Answer.YES)) {
            answer = Answer.YES;
        } else if (frameworks.stream().allMatch(f -> f.answer() == Answer.NO)) {
            answer = Answer.NO;
        } else {
            answer = Answer.PARTIALLY;
        }
        return new PracticeCoverage(asOf, LookBack.periodStart(asOf), size, answer, List.copyOf(frameworks));
    }

    public java.util.Optional<FrameworkCoverage> framework(String key) {
        return frameworks.stream().filter(f -> f.framework().equals(key)).findFirst();
    }
}

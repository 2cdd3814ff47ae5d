package io.safeguard.practices;

import java.util.List;

/** One followed framework for a look-back period: how many of its applicable practices were in place the whole time. */
public record FrameworkCoverage(String framework, String title, int applicable, int inPlace, int partial, int notAdopted,
        Answer answer, List<PracticeStanding> practices) {

    static FrameworkCoverage of(PracticeFramework framework, List<PracticeStanding> practices) {
        int inPlace = count(practices, Standing.IN_PLACE);
        int partial = count(practices, Standing.PARTIAL);
        Answer answer = inPlace == practices.size() && !practices.isEmpty() ? Answer.YES : inPlace == 0 ? Answer.NO : Answer.PARTIALLY;
        return new FrameworkCoverage(framework.key(), framework.title(), practices.size(), inPlace, partial,
                practices.size() - inPlace - partial, answer, List.copyOf(practices));
    }

    /** E.g. "7 of 19 applicable practices in place for the whole 12 months". */
    public String summary() {
        return inPlace + " of " + applicable + " applicable practices in place for the whole 12 months";
    }

    private static int count(List<PracticeStanding> practices, Standing standing) {
        return (int) practices.stream().filter(p -> p.standing() == standing).count();
    }
}

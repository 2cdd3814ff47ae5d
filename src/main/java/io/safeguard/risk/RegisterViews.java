package io.safeguard.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Builds the register view in one pass over the risks: ratings, plan status, filters and both heat maps. */
final class RegisterViews {
    private RegisterViews() {}

    static RegisterView of(List<Risk> all, RiskSettings settings, LocalDate today, RegisterFilter f) {
        List<Risk> open = all.stream().filter(Risk::open).toList();
        List<RegisterView.Row> rows = all.stream()
                .map(r -> new RegisterView.Row(r, r.level(settings), r.residualLevel(settings), r.needsTreatment(settings),
                        r.overdueOn(today)))
                .filter(row -> f.minimumLevel() == null || row.level() != null && row.level().atLeast(f.minimumLevel()))
                .filter(row -> f.status() == null ? row.risk().status() != RiskStatus.CLOSED : row.risk().status() == f.status())
                .filter(row -> f.strategy() == null || row.risk().treatment() != null && row.risk().treatment().strategy() == f.strategy())
                .filter(row -> f.targetKind() == null || row.risk().details().target().kind() == f.targetKind())
                .filter(row -> !f.untreatedOnly() || row.risk().untreated(settings))
                .filter(row -> !f.overdueOnly() || row.overdue())
                .sorted(Comparator.comparing((RegisterView.Row row) -> row.level() == null ? -1 : row.level().ordinal()).reversed()
                        .thenComparing(row -> row.risk().reference()))
                .toList();
        return new RegisterView(today, settings, rows, HeatMap.current(settings, open), HeatMap.residual(settings, open),
                open.size(), (int) all.stream().filter(r -> r.status() == RiskStatus.DRAFT).count(),
                (int) open.stream().filter(r -> r.untreated(settings)).count(),
                (int) open.stream().filter(r -> r.overdueOn(today)).count());
    }
}

package io.safeguard.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The report's findings grouped per asset (or other subject), worst first, and the plan's rows. */
public record ReportSections(List<Finding> findings, List<PlanRow> plan, Map<RiskLevel, Long> byLevel) {

    public record Finding(String subject, String kind, List<Line> risks) {}

    public record Line(Risk risk, @Nullable RiskLevel level, @Nullable RiskLevel residual, boolean needsTreatment) {}

    public record PlanRow(Risk risk, @Nullable RiskLevel level, Measure measure) {}

    static ReportSections of(AnalysisDocument doc) {
        RiskSettings s = doc.settings();
        Map<String, List<Line>> bySubject = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<RiskLevel, Long> counts = new LinkedHashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0L);
        }
        List<Risk> open = doc.openRisks().stream()
                .sorted(Comparator.comparing((Risk r) -> r.details().target().label()).thenComparing(Risk::reference)).toList();
        for (Risk r : open) {
            String subject = r.details().target().label();
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>())
                    .add(new Line(r, r.level(s), r.residualLevel(s), r.needsTreatment(s)));
            kinds.putIfAbsent(subject, r.details().target().kind().label());
            if (r.level(s) != null) {
                counts.merge(r.level(s), 1L, Long::sum);
            }
        }
        List<Finding> findings = new ArrayList<>();
        bySubject.forEach((subject, lines) -> findings.add(new Finding(subject, kinds.get(subject), lines)));
        List<PlanRow> plan = new ArrayList<>();
        for (Risk r : open) {
            r.measures().forEach(m -> plan.add(new PlanRow(r, r.level(s), m)));
        }
        plan.sort(Comparator.comparing((PlanRow p) -> p.measure().dueOn() == null ? java.time.LocalDate.MAX : p.measure().dueOn()));
        return new ReportSections(findings, plan, counts);
    }
}

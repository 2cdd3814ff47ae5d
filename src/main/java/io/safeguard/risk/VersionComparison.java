package io.safeguard.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What changed between two analysis versions: risks added, closed and re-rated (likelihood, impact or level). */
public record VersionComparison(AnalysisDocument from, AnalysisDocument to, List<Risk> added, List<Risk> closed,
        List<Rerated> rerated) {

    public record Rerated(Risk before, Risk after, @Nullable RiskLevel levelBefore, @Nullable RiskLevel levelAfter) {}

    static VersionComparison of(AnalysisDocument from, AnalysisDocument to) {
        Map<UUID, Risk> before = new HashMap<>();
        from.openRisks().forEach(r -> before.put(r.id(), r));
        Map<UUID, Risk> after = new HashMap<>();
        to.risks().forEach(r -> after.put(r.id(), r));
        List<Risk> added = to.openRisks().stream().filter(r -> !before.containsKey(r.id())).toList();
        List<Risk> closed = new ArrayList<>();
        List<Rerated> rerated = new ArrayList<>();
        for (Risk old : from.openRisks()) {
            Risk now = after.get(old.id());
            if (now == null || !now.open()) {
                closed.add(now == null ? old : now);
            } else if (!Objects.equals(old.details().likelihood(), now.details().likelihood())
                    || !Objects.equals(old.details().impact(), now.details().impact())
                    || old.level(from.settings()) != now.level(to.settings())) {
                rerated.add(new Rerated(old, now, old.level(from.settings()), now.level(to.settings())));
            }
        }
        return new VersionComparison(from, to, added, closed, rerated);
    }
}

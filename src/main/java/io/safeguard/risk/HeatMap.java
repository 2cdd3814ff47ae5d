package io.safeguard.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Likelihood x impact counts of open risks, current or residual (after treatment), with each cell's level from the
 * tenant's matrix. Rows run from likelihood 5 down to 1, as the heat map is drawn.
 */
public record HeatMap(String title, List<Row> rows, int rated, int unrated) {
    public record Cell(int likelihood, int impact, RiskLevel level, int count) {}

    public record Row(int likelihood, List<Cell> cells) {}

    static HeatMap current(RiskSettings settings, List<Risk> risks) {
        int[][] counts = new int[6][6];
        int unrated = 0;
        for (Risk r : risks) {
            if (r.details().rated()) {
                counts[r.details().likelihood()][r.details().impact()]++;
            } else {
                unrated++;
            }
        }
        return of("Current risk", settings, counts, risks.size() - unrated, unrated);
    }

    static HeatMap residual(RiskSettings settings, List<Risk> risks) {
        int[][] counts = new int[6][6];
        int unrated = 0;
        for (Risk r : risks) {
            var t = r.treatment();
            if (t != null && t.residualLikelihood() != null) {
                counts[t.residualLikelihood()][t.residualImpact()]++;
            } else if (r.details().rated()) {
                counts[r.details().likelihood()][r.details().impact()]++;
            } else {
                unrated++;
            }
        }
        return of("Residual risk (after treatment)", settings, counts, risks.size() - unrated, unrated);
    }

    private static HeatMap of(String title, RiskSettings settings, int[][] counts, int rated, int unrated) {
        List<Row> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                cells.add(new Cell(l, i, settings.level(l, i), counts[l][i]));
            }
            rows.add(new Row(l, cells));
        }
        return new HeatMap(title, rows, rated, unrated);
    }

    public int count(int likelihood, int impact) {
        return rows.get(5 - likelihood).cells().get(impact - 1).count();
    }
}

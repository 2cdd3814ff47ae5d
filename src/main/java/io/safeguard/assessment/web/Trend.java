package io.safeguard.assessment.web;

import io.safeguard.assessment.AssessmentSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The readiness trend as an SVG polyline (0-100 upwards), one point per stored assessment, oldest at the left. */
public record Trend(String points, List<Point> dots, int width, int height) {
    public record Point(double x, double y, String label) {}

    static final int WIDTH = 480;
    static final int HEIGHT = 120;

    static Trend of(List<AssessmentSummary> history) {
        List<Point> dots = new ArrayList<>();
        int n = history.size();
        for (int i = 0; i < n; i++) {
            var a = history.get(i);
            double x = n == 1 ? WIDTH / 2.0 : 20 + i * (WIDTH - 40.0) / (n - 1);
            double y = HEIGHT - 10 - a.score() * (HEIGHT - 20) / 100.0;
            dots.add(new Point(x, y, a.asOf() + ": " + a.score()));
        }
        StringBuilder points = new StringBuilder();
        dots.forEach(d -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ", d.x(), d.y())));
        return new Trend(points.toString().strip(), dots, WIDTH, HEIGHT);
    }
}

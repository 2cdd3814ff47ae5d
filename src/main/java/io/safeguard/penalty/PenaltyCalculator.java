package io.safeguard.penalty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The civil money penalty OCR can calculate for one provision (45 CFR 160.404, 160.406): violations counted per day
 * of a continuing violation or as a number of violations (e.g. per affected individual), priced per violation within
 * the tier's range, and capped per calendar year. The amounts are those of the 102.3 adjustment in force on the
 * determination date, applied to every year of violations on or after the date it covers (2015-11-02); violations
 * before keep the statutory HITECH amounts, and before 2009-02-18 the pre-HITECH ones. The cap is the 2019 Notice of
 * Enforcement Discretion's per-tier limit (the default, as OCR applies it) or the regulation's single cap.
 */
public final class PenaltyCalculator {
    /** The 2019 Notice of Enforcement Discretion (84 FR 18151), in effect from its publication. */
    static final LocalDate DISCRETION_NOTICE = LocalDate.of(2019, 4, 30);
    static final long[] DISCRETION_STATUTORY = {25_000, 100_000, 250_000, 1_500_000};

    public enum Caps { DISCRETION, REGULATION }

    public record Request(String provision, Culpability culpability, LocalDate from, LocalDate to, @Nullable Long perDay,
            @Nullable Long violations, LocalDate determined, Caps caps) {}

    public record YearLine(int year, String period, long violations, long perViolation, long uncapped, long cap, long amount,
            String table) {}

    public record Result(Request request, String tableUsed, long perViolationMin, long perViolationMax, List<YearLine> years,
            long calculatedTotal, List<String> notes) {}

    private PenaltyCalculator() {}

    public static Result calculate(Request r) {
        if (r.from().isAfter(r.to())) {
            throw new IllegalArgumentException("--from must not be after --to.");
        }
        if (r.determined().isBefore(r.from())) {
            throw new IllegalArgumentException("The determination cannot come before the violations.");
        }
        if ((r.perDay() == null) == (r.violations() == null)) {
            throw new IllegalArgumentException("Give either --per-day AMOUNT (a continuing violation) or --violations N.");
        }
        var adjustment = PenaltyTables.inForce(r.determined());
        var statutory = PenaltyTables.statutory();
        int tier = r.culpability().tier();
        List<String> notes = new ArrayList<>();
        LocalDate adjustedFrom = adjustment == null ? LocalDate.MAX : adjustment.appliesToViolationsAfter();
        var current = adjustment == null ? statutory.hitech().get(tier - 1) : adjustment.tier(tier);
        if (r.perDay() != null && (r.perDay() < current.min() || r.perDay() > current.max())) {
            throw new IllegalArgumentException("--per-day must be between " + current.min() + " and " + current.max() + " for tier " + tier
                    + " under the table in force on " + r.determined() + ".");
        }
        List<YearLine> years = new ArrayList<>();
        // The legal periods: before HITECH, HITECH statutory amounts, amounts of the adjustment in force.
        LocalDate[] cuts = {statutory.preHitech().violationsBefore(), adjustedFrom};
        if (r.violations() != null) {
            // Counted violations (e.g. one per affected individual) fall in the year and period of --from.
            int period = r.from().isBefore(cuts[0]) ? 0 : r.from().isBefore(cuts[1]) ? 1 : 2;
            years.add(line(r.from().getYear(), period, r.violations(), r, tier, adjustment, statutory, notes));
        } else {
            // A continuing violation is one violation per day (160.406), each calendar year capped on its own.
            for (int year = r.from().getYear(); year <= r.to().getYear(); year++) {
                LocalDate segment = max(r.from(), LocalDate.of(year, 1, 1));
                LocalDate end = min(r.to(), LocalDate.of(year, 12, 31));
                for (int period = 0; period <= 2 && !segment.isAfter(end); period++) {
                    LocalDate periodEnd = period < 2 ? min(end, cuts[period].minusDays(1)) : end;
                    if (!periodEnd.isBefore(segment)) {
                        years.add(line(year, period, ChronoUnit.DAYS.between(segment, periodEnd) + 1, r, tier, adjustment, statutory, notes));
                        segment = periodEnd.plusDays(1);
                    }
                }
            }
        }
        long total = years.stream().mapToLong(YearLine::amount).sum();
        String table = adjustment == null ? "statutory amounts (no adjustment in force on " + r.determined() + ")"
                : "45 CFR 102.3 as adjusted effective " + adjustment.effective()
                        + (adjustment.citation() == null ? "" : " (" + adjustment.citation() + ")") + (adjustment.verified() ? "" : ", UNVERIFIED");
        notes.add("An estimate of what OCR could calculate, before the 160.408 factors and any settlement; not a legal determination.");
        return new Result(r, table, current.min(), current.max(), List.copyOf(years), total, List.copyOf(notes));
    }

    private static YearLine line(int year, int period, long violations, Request r, int tier, PenaltyTables.@Nullable Adjustment adjustment,
            PenaltyTables.Statutory statutory, List<String> notes) {
        long perViolation;
        long cap;
        String table;
        if (period == 0) {
            perViolation = Math.min(statutory.preHitech().perViolationMax(), r.perDay() != null ? r.perDay() : statutory.preHitech().perViolationMax());
            cap = statutory.preHitech().calendarYearCap();
            table = "pre-HITECH statutory amounts (violations before " + statutory.preHitech().violationsBefore() + ")";
        } else if (period == 1 || adjustment == null) {
            var t = statutory.hitech().get(tier - 1);
            perViolation = r.perDay() != null ? Math.min(Math.max(r.perDay(), t.min()), t.max()) : t.max();
            cap = r.caps() == Caps.DISCRETION && !r.determined().isBefore(DISCRETION_NOTICE) ? DISCRETION_STATUTORY[tier - 1] : t.cap();
            table = "HITECH statutory amounts (violations before " + (adjustment == null ? "any adjustment" : adjustment.appliesToViolationsAfter()) + ")";
        } else {
            var t = adjustment.tier(tier);
            perViolation = r.perDay() != null ? r.perDay() : t.max();
            if (r.caps() == Caps.DISCRETION && adjustment.discretionCaps() != null && !r.determined().isBefore(DISCRETION_NOTICE)) {
                cap = adjustment.discretionCaps().get(tier - 1);
            } else {
                if (r.caps() == Caps.DISCRETION) {
                    notes.add("No enforcement-discretion caps for a determination before " + DISCRETION_NOTICE + ": the regulation's cap applies.");
                }
                cap = t.cap();
            }
            table = "45 CFR 102.3 effective " + adjustment.effective();
        }
        long uncapped = Math.multiplyExact(violations, perViolation);
        return new YearLine(year, table.startsWith("pre") ? "pre-HITECH" : period == 1 || adjustment == null ? "HITECH statutory" : "adjusted",
                violations, perViolation, uncapped, cap, Math.min(uncapped, cap), table);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package io.safeguard.penalty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The penalty amounts (resources {@code penalty/cmp-amounts.yaml}): the statutory amounts before and after HITECH and
 * every annual adjustment of 45 CFR 102.3 with its Federal Register citation, effective date and the 2019 Notice of
 * Enforcement Discretion caps adjusted for that year. Checked when loaded: four tiers each, min <= max <= cap, dates
 * strictly increasing.
 */
public final class PenaltyTables {
    public record TierAmounts(int tier, long min, long max, long cap) {}

    public record PreHitech(long perViolationMax, long calendarYearCap, LocalDate violationsBefore) {}

    public record Statutory(PreHitech preHitech, List<TierAmounts> hitech) {}

    public record Adjustment(LocalDate effective, @Nullable String citation, LocalDate appliesToViolationsAfter, String source,
            boolean verified, List<TierAmounts> tiers, @Nullable List<Long> discretionCaps, @Nullable String discretionSource) {

        public TierAmounts tier(int tier) {
            return tiers.get(tier - 1);
        }
    }

    record TableFile(Statutory statutory, List<Adjustment> adjustments) {}

    private static final TableFile TABLES = load();

    private PenaltyTables() {}

    public static Statutory statutory() {
        return TABLES.statutory();
    }

    public static List<Adjustment> adjustments() {
        return TABLES.adjustments();
    }

    /** The adjustment in force on the determination date (penalties assessed on or after its effective date), if any. */
    public static @Nullable Adjustment inForce(LocalDate determined) {
        return TABLES.adjustments().stream().filter(a -> !a.effective().isAfter(determined)).reduce((a, b) -> b).orElse(null);
    }

    private static TableFile load() {
        try (InputStream in = PenaltyTables.class.getResourceAsStream("/penalty/cmp-amounts.yaml")) {
            if (in == null) {
                throw new IllegalStateException("penalty/cmp-amounts.yaml is missing from the application");
            }
            TableFile file = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, TableFile.class);
            check(file.statutory().hitech(), "statutory");
            LocalDate previous = LocalDate.MIN;
            for (Adjustment a : file.adjustments()) {
                check(a.tiers(), "adjustment " + a.effective());
                if (!a.effective().isAfter(previous)) {
                    throw new IllegalStateException("penalty adjustments must be in date order: " + a.effective());
                }
                if (a.discretionCaps() != null && a.discretionCaps().size() != 4) {
                    throw new IllegalStateException("four discretion caps expected in " + a.effective());
                }
                previous = a.effective();
            }
            return new TableFile(file.statutory(), file.adjustments().stream().sorted(Comparator.comparing(Adjustment::effective)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(List<TierAmounts> tiers, String where) {
        if (tiers.size() != 4) {
            throw new IllegalStateException(where + ": four tiers expected");
        }
        for (int i = 0; i < 4; i++) {
            TierAmounts t = tiers.get(i);
            if (t.tier() != i + 1 || t.min() > t.max() || t.max() > t.cap()) {
                throw new IllegalStateException(where + ": tier " + t.tier() + " amounts out of order");
            }
        }
    }
}

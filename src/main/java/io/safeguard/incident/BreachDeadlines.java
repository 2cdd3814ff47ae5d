package io.safeguard.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The notices a breach of unsecured PHI requires and their outer deadlines, counted in calendar days from the
 * discovery date (regulation.md section 2.3):
 * <ul>
 * <li>individuals: no later than 60 calendar days after discovery (164.404(b)); an outer limit, not a safe harbor;
 * <li>media: when more than 500 residents of one State or jurisdiction are affected, in the same time (164.406);
 * <li>HHS: contemporaneously with the individual notice when 500 or more individuals are affected (164.408(b));
 *     otherwise in the log due no later than 60 days after the end of the calendar year of discovery (164.408(c));
 * <li>a business associate to the covered entity: no later than 60 calendar days after discovery (164.410);
 * <li>a law-enforcement delay (164.412) postpones each of these notices by the days the delay runs after discovery.
 * </ul>
 */
public final class BreachDeadlines {
    static final int DAYS = 60;

    private BreachDeadlines() {}

    public static List<Obligation> of(LocalDate discoveredOn, int affected, Map<String, Integer> residentsByState,
            boolean businessAssociate, @Nullable LawEnforcementDelay delay) {
        if (affected < 0 || residentsByState.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("Counts of affected individuals cannot be negative.");
        }
        if (residentsByState.values().stream().mapToLong(Integer::longValue).sum() > affected) {
            throw new IllegalArgumentException("The residents per state add up to more than the individuals affected.");
        }
        long delayDays = delay == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(
                delay.statedOn().isBefore(discoveredOn) ? discoveredOn : delay.statedOn(), delay.ends()));
        List<String> delayNote = delay == null ? List.of() : List.of("Delayed " + delayDays + " days for law enforcement ("
                + (delay.written() ? "written statement" : "oral statement, documented; at most 30 days") + ", until " + delay.ends()
                + "): 164.412.");
        List<Obligation> all = new ArrayList<>();
        LocalDate sixtyDays = discoveredOn.plusDays(DAYS);
        if (businessAssociate) {
            all.add(new Obligation("Notice to the covered entity", "45 CFR 164.410", sixtyDays.plusDays(delayDays),
                    "Without unreasonable delay and no later than 60 calendar days after discovery (" + discoveredOn + ").",
                    with(delayNote, "Identify each affected individual and give the covered entity what it needs for its own notices; "
                            + "the BAA may set a shorter period.")));
            return all;
        }
        all.add(new Obligation("Notice to individuals", "45 CFR 164.404(b)", sixtyDays.plusDays(delayDays),
                "Without unreasonable delay and no later than 60 calendar days after discovery (" + discoveredOn + "); "
                        + "60 days is the outer limit, not a safe harbor.", delayNote));
        new TreeMap<>(residentsByState).forEach((state, residents) -> {
            if (residents > 500) { // "more than 500 residents of a State or jurisdiction"
                all.add(new Obligation("Notice to prominent media outlets serving " + state, "45 CFR 164.406", sixtyDays.plusDays(delayDays),
                        residents + " residents of " + state + " affected (more than 500): notice within the same 60 days.", delayNote));
            }
        });
        if (affected >= 500) { // "500 or more individuals"
            all.add(new Obligation("Notice to the Secretary of HHS (breach portal)", "45 CFR 164.408(b)", sixtyDays.plusDays(delayDays),
                    affected + " individuals affected (500 or more): contemporaneously with the notice to individuals.", delayNote));
        } else {
            LocalDate logDue = LocalDate.of(discoveredOn.getYear(), 12, 31).plusDays(DAYS).plusDays(delayDays);
            all.add(new Obligation("Notice to the Secretary of HHS (annual log of breaches under 500)", "45 CFR 164.408(c)", logDue,
                    affected + " individuals affected (fewer than 500): report no later than 60 days after the end of "
                            + discoveredOn.getYear() + ", the calendar year of discovery; it may be filed earlier.",
                    with(delayNote, "One portal submission per breach.")));
        }
        return all;
    }

    private static List<String> with(List<String> notes, String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return all;
    }
}

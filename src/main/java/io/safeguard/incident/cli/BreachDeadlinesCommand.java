package io.safeguard.incident.cli;

import io.safeguard.incident.BreachDeadlines;
import io.safeguard.incident.LawEnforcementDelay;
import io.safeguard.incident.Obligation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code safeguard breach deadlines --discovered YYYY-MM-DD --affected N [--state XX=N ...] [--business-associate]
 * [--format json]}: prints each notice owed, its due date and citation. Other tools rely on this contract.
 */
@Command(name = "deadlines", description = "The notices a breach requires, with due dates and citations.")
public class BreachDeadlinesCommand implements Callable<Integer> {
    @Option(names = "--discovered", required = true, description = "The discovery date (YYYY-MM-DD), in the organization's time zone.")
    LocalDate discovered;

    @Option(names = "--affected", required = true, description = "Individuals affected in total.")
    int affected;

    @Option(names = "--state", description = "Residents affected per State or jurisdiction, e.g. --state OR=520 --state WA=12.")
    Map<String, Integer> states = new LinkedHashMap<>();

    @Option(names = "--business-associate", description = "The breach was discovered by a business associate.")
    boolean businessAssociate;

    @Option(names = "--law-enforcement-statement", description = "Date of a law-enforcement statement asking to delay notice (164.412).")
    @Nullable LocalDate statement;

    @Option(names = "--law-enforcement-until", description = "The end of the delay a written statement specifies.")
    @Nullable LocalDate until;

    @Option(names = "--oral", description = "The law-enforcement statement was oral (delay of at most 30 days).")
    boolean oral;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        try {
            LawEnforcementDelay delay = statement == null ? null : new LawEnforcementDelay(statement, !oral, until);
            List<Obligation> obligations = BreachDeadlines.of(discovered, affected, normalized(states), businessAssociate, delay);
            if ("json".equals(format)) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("discovered", discovered.toString());
                doc.put("affected", affected);
                doc.put("businessAssociate", businessAssociate);
                doc.put("obligations", obligations);
                System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc));
            } else {
                for (Obligation o : obligations) {
                    System.out.println(o.dueOn() + "  " + o.notice() + " (" + o.citation() + ")");
                    System.out.println("            " + o.basis());
                    o.notes().forEach(n -> System.out.println("            " + n));
                }
                System.out.println("Outer limits only: notify without unreasonable delay. Not legal advice.");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static Map<String, Integer> normalized(Map<String, Integer> states) {
        Map<String, Integer> result = new LinkedHashMap<>();
        states.forEach((state, n) -> result.merge(state.strip().toUpperCase(Locale.ROOT), n, Integer::sum));
        return result;
    }
}

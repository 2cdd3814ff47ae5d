package io.safeguard.penalty.cli;

import io.safeguard.penalty.Culpability;
import io.safeguard.penalty.PenaltyCalculator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code safeguard penalty calculate --provision CITATION --tier 1..4 --from YYYY-MM-DD --to YYYY-MM-DD [--per-day
 * AMOUNT | --violations N] --determined YYYY-MM-DD [--caps discretion|regulation] --format json}: prints
 * {@code calculatedTotal} and the per-calendar-year breakdown with the amounts and the table used.
 */
@Command(name = "calculate", description = "The civil money penalty OCR could calculate for one provision.")
public class PenaltyCalculateCommand implements Callable<Integer> {
    @Option(names = "--provision", required = true, description = "The provision violated, e.g. 164.308(a)(1)(ii)(A).")
    String provision;

    @Option(names = "--tier", required = true, description = "Culpability tier 1-4 (45 CFR 160.404(b)(2)).")
    int tier;

    @Option(names = "--from", required = true, description = "First day of the violation.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day of the violation.")
    LocalDate to;

    @Option(names = "--per-day", description = "Amount per day of a continuing violation.")
    @Nullable Long perDay;

    @Option(names = "--violations", description = "Number of violations (e.g. per affected individual), priced at the tier's maximum.")
    @Nullable Long violations;

    @Option(names = "--determined", required = true, description = "Date of the determination (which 102.3 table applies).")
    LocalDate determined;

    @Option(names = "--caps", defaultValue = "discretion", description = "discretion (2019 notice, default) or regulation (102.3).")
    String caps;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        try {
            var capsChoice = switch (caps.toLowerCase(Locale.ROOT)) {
                case "discretion" -> PenaltyCalculator.Caps.DISCRETION;
                case "regulation" -> PenaltyCalculator.Caps.REGULATION;
                default -> throw new IllegalArgumentException("--caps is discretion or regulation");
            };
            var result = PenaltyCalculator.calculate(new PenaltyCalculator.Request(provision, Culpability.ofTier(tier), from, to,
                    perDay, violations, determined, capsChoice));
            if ("json".equals(format)) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("provision", provision);
                doc.put("tier", tier);
                doc.put("culpability", result.request().culpability().label());
                doc.put("from", from.toString());
                doc.put("to", to.toString());
                doc.put("determined", determined.toString());
                doc.put("caps", capsChoice.name().toLowerCase(Locale.ROOT));
                doc.put("table", result.tableUsed());
                doc.put("perViolationMin", result.perViolationMin());
                doc.put("perViolationMax", result.perViolationMax());
                doc.put("years", result.years());
                doc.put("calculatedTotal", result.calculatedTotal());
                doc.put("notes", result.notes());
                System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc));
            } else {
                System.out.println(provision + ", tier " + tier + " (" + result.request().culpability().label() + "), table: " + result.tableUsed());
                result.years().forEach(y -> System.out.printf("  %d %-16s %8d violations x %,d = %,d, cap %,d -> %,d%n", y.year(), y.period(),
                        y.violations(), y.perViolation(), y.uncapped(), y.cap(), y.amount()));
                System.out.printf("calculatedTotal %,d%n", result.calculatedTotal());
                result.notes().forEach(n -> System.out.println(n));
            }
            return 0;
        } catch (IllegalArgumentException | ArithmeticException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}

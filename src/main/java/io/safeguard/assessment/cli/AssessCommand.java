package io.safeguard.assessment.cli;

import io.safeguard.assessment.AssessmentReports;
import io.safeguard.assessment.Assessments;
import io.safeguard.bundle.Bundles;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.shared.OfflineCommand;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code safeguard assess <bundle-dir>}: evaluates an organization's bundle offline (a private in-memory database,
 * no server, no database file) and writes the assessment as JSON, HTML or PDF. The JSON carries {@code score},
 * {@code asOf} and {@code findings[]} with {@code requirement}, {@code citation}, {@code status}, {@code gaps[]} and
 * {@code evidence[]}; other tools rely on those names.
 */
@Command(name = "assess", description = "Evaluate a bundle offline against every catalog row; print or write the findings.")
public class AssessCommand implements OfflineCommand {
    @Parameters(index = "0", paramLabel = "BUNDLE-DIR", description = "A folder written by export-bundle.")
    Path bundle;

    @Option(names = "--as-of", description = "The date to assess (YYYY-MM-DD; default: today in the organization's time zone).")
    @Nullable LocalDate asOf;

    @Option(names = "--format", defaultValue = "json", description = "json, html, pdf or oscal (OSCAL assessment results) (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", description = "The file to write (default: standard output; required for pdf).")
    @Nullable Path out;

    @Override
    public int run(Beans beans) throws Exception {
        if (!java.util.Set.of("json", "html", "pdf", "oscal").contains(format)) {
            throw new IllegalArgumentException("--format is json, html, pdf or oscal");
        }
        if ("pdf".equals(format) && out == null) {
            throw new IllegalArgumentException("--format pdf needs --out FILE");
        }
        var owner = beans.get(AccountAdministration.class).createFirstOwner("assess@safeguard.invalid", "Offline assessment",
                java.util.UUID.randomUUID() + "-offline");
        var tenant = beans.get(Bundles.class).importAsNew(owner.id(), true, bundle);
        var scope = new TenantScope(tenant, owner.id(), Role.AUDITOR);
        var assessments = beans.get(Assessments.class);
        var assessment = assessments.evaluate(scope, asOf == null ? assessments.today(tenant) : asOf);
        var reports = beans.get(AssessmentReports.class);
        byte[] bytes = switch (format) {
            case "html" -> reports.html(scope, assessment).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> reports.pdf(scope, assessment);
            case "oscal" -> reports.oscal(scope, assessment).getBytes(StandardCharsets.UTF_8);
            default -> reports.json(assessment).getBytes(StandardCharsets.UTF_8);
        };
        if (out == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(out, bytes);
            System.err.println("Assessed " + bundle + " as of " + assessment.asOf() + ": score " + assessment.score() + " -> " + out);
        }
        return 0;
    }
}

package io.safeguard.risk.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.risk.Analysis;
import io.safeguard.risk.AnalysisDocument;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskReports;
import io.safeguard.risk.Risks;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code safeguard risk-report}: writes a risk analysis (the latest completed version, a given version, or the one in
 * progress) as PDF, HTML or JSON, and prints whether the analysis is current and where the plan stands.
 */
@Command(name = "risk-report", description = "Write a risk analysis report (PDF, HTML or JSON) and print its status.")
public class RiskReportCommand implements DatabaseCommand {
    @Option(names = "--tenant", required = true, description = "The organization's id.")
    String tenant;

    @Option(names = "--as", required = true, description = "E-mail of a member of the organization (the view is recorded for it).")
    String account;

    @Option(names = "--version", defaultValue = "latest",
            description = "A version number, 'latest' (the latest completed version) or 'draft' (the analysis in progress).")
    String version;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, html or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Override
    public int run(Beans beans) throws Exception {
        if (!java.util.Set.of("pdf", "html", "json").contains(format)) {
            throw new IllegalArgumentException("--format is pdf, html or json");
        }
        TenantId id = TenantId.parse(tenant);
        var person = beans.get(AccountAdministration.class).findByEmail(account)
                .orElseThrow(() -> new IllegalArgumentException("no account " + account));
        var scope = beans.get(TenantAccess.class).scopeOf(person.id(), id)
                .orElseThrow(() -> new IllegalArgumentException(account + " is not a member of " + tenant));
        var analyses = beans.get(RiskAnalyses.class);
        Analysis chosen = analyses.list(scope).stream().filter(a -> switch (version) {
            case "latest" -> a.completed();
            case "draft" -> !a.completed();
            default -> a.completed() && String.valueOf(a.version()).equals(version);
        }).findFirst().orElseThrow(() -> new IllegalArgumentException("no analysis matches --version " + version));
        AnalysisDocument doc = analyses.report(scope, chosen.id(), format.toUpperCase(java.util.Locale.ROOT));
        var reports = beans.get(RiskReports.class);
        switch (format) {
            case "pdf" -> Files.write(out, reports.pdf(doc));
            case "html" -> Files.writeString(out, reports.html(doc), StandardCharsets.UTF_8);
            case "json" -> Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(doc), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("--format is pdf, html or json");
        }
        System.out.println("Wrote " + chosen.title() + (chosen.completed() ? " (version " + chosen.version() + ")" : " (draft)")
                + " to " + out.toAbsolutePath());
        analyses.currency(id).ifPresentOrElse(c -> {
            System.out.println(c.current() ? "Version " + c.version() + " is current; review due " + c.reviewDue() + "."
                    : "Version " + c.version() + " is NOT current:");
            c.reasons().forEach(r -> System.out.println("  - " + r));
        }, () -> System.out.println("No risk analysis has been completed."));
        var plan = beans.get(Risks.class).planStatus(id);
        System.out.println("Plan: " + plan.open() + " open risks, " + plan.untreated().size() + " above the threshold without treatment, "
                + plan.overdue().size() + " overdue.");
        plan.untreated().forEach(u -> System.out.println("  untreated: " + u));
        plan.overdue().forEach(o -> System.out.println("  overdue:   " + o));
        return plan.onTrack() && analyses.currency(id).map(c -> c.current()).orElse(false) ? 0 : 2;
    }
}

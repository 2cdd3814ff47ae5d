package io.safeguard.incident;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Inventory;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Drafts of the notice to the Secretary (164.408): one report for a breach of 500 or more, and the annual log of the
 * breaches of fewer than 500 discovered in a calendar year (each still one portal submission), as pages and PDFs.
 */
@Component
public class HhsReports {
    public static final String TEMPLATE = "incident/hhs-report";

    private final Incidents incidents;
    private final Inventory inventory;
    private final ITemplateEngine templates;
    private final String css;

    HhsReports(Incidents incidents, Inventory inventory, ITemplateEngine templates) {
        this.incidents = incidents;
        this.inventory = inventory;
        this.templates = templates;
        try (InputStream in = HhsReports.class.getResourceAsStream("/static/css/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal report for one breach incident. */
    public HhsReport report(TenantScope scope, UUID incidentId) {
        Incident incident = incidents.get(scope, incidentId);
        return report(scope, incident).orElseThrow(() -> new BusinessRuleViolation("incident.not-breach",
                "Only an incident determined to be a breach of unsecured PHI is reported to HHS."));
    }

    /** The breaches of fewer than 500 individuals discovered in {@code year}: the annual log, due 60 days after it ends. */
    public List<HhsReport> annualLog(TenantScope scope, int year) {
        return incidents.list(scope).stream()
                .filter(i -> i.breach() && i.details().affected() < 500 && i.details().discoveredOn().getYear() == year)
                .map(i -> report(scope, i).orElseThrow()).toList();
    }

    private java.util.Optional<HhsReport> report(TenantScope scope, Incident incident) {
        var owed = incidents.deadlines(scope.tenantId(), incident).stream().map(Deadline::obligation).toList();
        var hhs = owed.stream().filter(o -> o.citation().startsWith("45 CFR 164.408")).findFirst();
        var individuals = owed.stream().filter(o -> o.citation().equals("45 CFR 164.404(b)")).findFirst();
        if (hhs.isEmpty() || individuals.isEmpty()) {
            return java.util.Optional.empty(); // a business associate notifies the covered entity, not HHS
        }
        Map<UUID, Asset> assets = inventory.assets(scope.tenantId()).stream().collect(Collectors.toMap(Asset::id, Function.identity()));
        return java.util.Optional.of(HhsReport.of(incidents.organization(scope.tenantId()), incident, assets,
                incidents.vendorNames(scope), hhs.get(), individuals.get()));
    }

    public Map<String, Object> model(String title, List<HhsReport> reports, LocalDate due) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("reports", reports);
        model.put("due", due);
        model.put("pdf", false);
        return model;
    }

    public byte[] pdf(String title, List<HhsReport> reports, LocalDate due) {
        Context context = new Context(java.util.Locale.US, model(title, reports, due));
        context.setVariable("pdf", true);
        context.setVariable("css", css);
        return io.safeguard.shared.HtmlToPdf.render(templates.process(TEMPLATE, context));
    }
}

package io.safeguard.assessment;

import io.safeguard.organization.Organizations;
import io.safeguard.shared.HtmlToPdf;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The readiness report in JSON (the CLI contract), HTML and PDF from one template. */
@Component
public class AssessmentReports {
    public static final String TEMPLATE = "assessment/report";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ITemplateEngine templates;
    private final Organizations organizations;
    private final String css;

    AssessmentReports(ITemplateEngine templates, Organizations organizations) {
        this.templates = templates;
        this.organizations = organizations;
        try (InputStream in = AssessmentReports.class.getResourceAsStream("/static/css/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code score}, {@code asOf}, counts per status and {@code findings[]}, worst and most cited first. */
    public String json(Assessment a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("score", a.score());
        doc.put("asOf", a.asOf().toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FindingStatus s : FindingStatus.values()) {
            counts.put(s.name(), a.count(s));
        }
        doc.put("counts", counts);
        doc.put("findings", a.findings());
        return JSON.writeValueAsString(doc);
    }

    /** The assessment as OSCAL assessment-results, for GRC tools that read OSCAL. */
    public String oscal(TenantScope scope, Assessment a) {
        return AssessmentOscal.toJson(a, organizations.get(scope.tenantId()).name(), a.createdAt());
    }

    public Map<String, Object> model(TenantScope scope, Assessment a) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("assessment", a);
        model.put("organization", organizations.get(scope.tenantId()));
        model.put("statuses", FindingStatus.values());
        model.put("pdf", false);
        return model;
    }

    public String html(TenantScope scope, Assessment a) {
        Context context = new Context(java.util.Locale.US, model(scope, a));
        context.setVariable("pdf", true);
        context.setVariable("css", css);
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(TenantScope scope, Assessment a) {
        return HtmlToPdf.render(html(scope, a));
    }
}

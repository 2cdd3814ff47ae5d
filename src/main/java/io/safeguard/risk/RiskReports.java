package io.safeguard.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The risk analysis report as an auditor reads it: scope, method, findings per asset, risk levels, the plan and the
 * sign-off. One Thymeleaf template serves the browser (HTML, printable) and the PDF (openhtmltopdf, with an embedded
 * DejaVu font so that every character prints, see {@link io.safeguard.shared.HtmlToPdf}).
 */
@Component
public class RiskReports {
    public static final String TEMPLATE = "risk/report";

    private final ITemplateEngine templates;
    private final String css;

    RiskReports(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = RiskReports.class.getResourceAsStream("/static/css/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> model(AnalysisDocument doc) {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("report", ReportSections.of(doc));
        model.put("likelihoods", RiskScales.LIKELIHOOD);
        model.put("impacts", RiskScales.IMPACT);
        model.put("pdf", false);
        return model;
    }

    public String html(AnalysisDocument doc) {
        Context context = new Context(java.util.Locale.US, model(doc));
        context.setVariable("pdf", true);
        context.setVariable("css", css);
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(AnalysisDocument doc) {
        return io.safeguard.shared.HtmlToPdf.render(html(doc));
    }

    public static String fileName(AnalysisDocument doc) {
        String when = doc.analysisDate() == null ? "draft-" + doc.startedOn() : "v" + doc.version() + "-" + doc.analysisDate();
        return "risk-analysis-" + when + ".pdf";
    }
}

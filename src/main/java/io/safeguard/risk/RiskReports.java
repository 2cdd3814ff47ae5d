package io.safeguard.risk;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
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
 * DejaVu font so that every character prints).
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
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> RiskReports.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> RiskReports.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(doc), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String fileName(AnalysisDocument doc) {
        String when = doc.analysisDate() == null ? "draft-" + doc.startedOn() : "v" + doc.version() + "-" + doc.analysisDate();
        return "risk-analysis-" + when + ".pdf";
    }
}

package io.safeguard.incident;

import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The notice to individuals as a page and as a PDF, from one XHTML Thymeleaf template. */
@Component
public class NoticeDrafts {
    public static final String TEMPLATE = "incident/notice";

    private final Incidents incidents;
    private final ITemplateEngine templates;
    private final String css;

    NoticeDrafts(Incidents incidents, ITemplateEngine templates) {
        this.incidents = incidents;
        this.templates = templates;
        try (InputStream in = NoticeDrafts.class.getResourceAsStream("/static/css/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NoticeDraft draft(TenantScope scope, UUID incidentId) {
        Incident incident = incidents.get(scope, incidentId);
        return NoticeDraft.of(incidents.organization(scope.tenantId()), incident, incidents.today(scope.tenantId()));
    }

    public Map<String, Object> model(NoticeDraft draft) {
        Map<String, Object> model = new HashMap<>();
        model.put("notice", draft);
        model.put("pdf", false);
        return model;
    }

    public byte[] pdf(NoticeDraft draft) {
        Context context = new Context(java.util.Locale.US, model(draft));
        context.setVariable("pdf", true);
        context.setVariable("css", css);
        return io.safeguard.shared.HtmlToPdf.render(templates.process(TEMPLATE, context));
    }

    public static String fileName(NoticeDraft draft) {
        return "notice-to-individuals-" + draft.incidentCode() + "-draft.pdf";
    }
}

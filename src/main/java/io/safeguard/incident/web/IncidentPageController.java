package io.safeguard.incident.web;

import io.safeguard.incident.BreachException;
import io.safeguard.incident.Conclusion;
import io.safeguard.incident.Factor;
import io.safeguard.incident.Incident;
import io.safeguard.incident.IncidentDetails;
import io.safeguard.incident.IncidentLinks;
import io.safeguard.incident.IncidentStatus;
import io.safeguard.incident.Incidents;
import io.safeguard.incident.Judgement;
import io.safeguard.incident.NoticeDraft;
import io.safeguard.incident.NoticeDrafts;
import io.safeguard.incident.RiskAssessment;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incidents: the list, intake, one incident with its timeline, assessment, determination and deadlines, the notice draft. */
@Controller
@RequestMapping("/t/{tenantId}/incidents")
class IncidentPageController {
    private final Incidents incidents;
    private final NoticeDrafts notices;
    private final IncidentLinks links;

    IncidentPageController(Incidents incidents, NoticeDrafts notices, IncidentLinks links) {
        this.incidents = incidents;
        this.notices = notices;
        this.links = links;
    }

    @GetMapping
    String list(TenantScope scope, Model model) {
        model.addAttribute("incidents", incidents.list(scope));
        return "incident/list";
    }

    @GetMapping("/new")
    String newForm(TenantScope scope, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("assets", incidents.assetNames(scope.tenantId()));
        model.addAttribute("vendors", incidents.vendorNames(scope));
        model.addAttribute("today", incidents.today(scope.tenantId()));
        return "incident/form";
    }

    @PostMapping("/new")
    String report(TenantScope scope, @RequestParam String title, @RequestParam String whatHappened,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredTo,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn, @RequestParam String discoveredBy,
            @RequestParam(required = false) @Nullable List<UUID> assetIds, @RequestParam(required = false) @Nullable List<UUID> vendorIds,
            @RequestParam(defaultValue = "") String phiTypes, @RequestParam(defaultValue = "0") int affected,
            @RequestParam(defaultValue = "") String perState, @RequestParam(defaultValue = "0") int missingContact,
            Model model, RedirectAttributes redirect) {
        try {
            var details = new IncidentDetails(title, whatHappened, occurredFrom, occurredTo, discoveredOn, discoveredBy,
                    assetIds == null ? List.of() : assetIds, vendorIds == null ? List.of() : vendorIds,
                    Arrays.asList(phiTypes.split(",")), affected, states(perState), missingContact);
            Incident incident = incidents.report(scope, details);
            redirect.addFlashAttribute("notice", incident.code() + " recorded.");
            return "redirect:/t/" + scope.tenantId() + "/incidents/" + incident.id();
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            return newForm(scope, model);
        }
    }

    @GetMapping("/{incidentId}")
    String incident(TenantScope scope, @PathVariable UUID incidentId, Model model) {
        Incident incident = incidents.get(scope, incidentId);
        var harbor = incidents.safeHarbor(scope, incidentId);
        var current = incident.determination();
        RiskAssessment assessment = current == null ? RiskAssessment.NONE : current.assessment();
        model.addAttribute("incident", incident);
        var assets = incidents.assetNames(scope.tenantId());
        var vendors = incidents.vendorNames(scope);
        model.addAttribute("involvedAssets", incident.details().assetIds().stream().map(id -> assets.getOrDefault(id, id.toString())).toList());
        model.addAttribute("involvedVendors", incident.details().vendorIds().stream().map(id -> vendors.getOrDefault(id, id.toString())).toList());
        model.addAttribute("harbor", harbor);
        model.addAttribute("assessment", assessment);
        model.addAttribute("questions", RiskAssessment.QUESTIONS);
        model.addAttribute("proposal", incidents.propose(scope, incidentId, current == null ? null : current.exception(), assessment));
        model.addAttribute("deadlines", incidents.deadlines(scope, incidentId));
        model.addAttribute("today", incidents.today(scope.tenantId()));
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("exceptions", BreachException.values());
        model.addAttribute("judgements", Judgement.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("attachments", links.attachments(scope, incidentId));
        model.addAttribute("linkedRisks", links.linkedRisks(scope, incidentId));
        if (scope.can(Permission.EDIT)) {
            model.addAttribute("evidenceChoices", links.evidenceChoices(scope));
            model.addAttribute("riskChoices", links.riskChoices(scope));
        }
        return "incident/incident";
    }

    @PostMapping("/{incidentId}/timeline")
    String timeline(TenantScope scope, @PathVariable UUID incidentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate happenedOn,
            @RequestParam String text, RedirectAttributes redirect) {
        return act(scope, incidentId, redirect, () -> incidents.addToTimeline(scope, incidentId, happenedOn, text), "Added to the timeline.");
    }

    @PostMapping("/{incidentId}/determination")
    String determine(TenantScope scope, @PathVariable UUID incidentId, @RequestParam Conclusion conclusion,
            @RequestParam(required = false) @Nullable BreachException exception,
            @RequestParam(required = false) @Nullable String natureText, @RequestParam(required = false) @Nullable Judgement natureLevel,
            @RequestParam(required = false) @Nullable String recipientText, @RequestParam(required = false) @Nullable Judgement recipientLevel,
            @RequestParam(required = false) @Nullable String acquiredText, @RequestParam(required = false) @Nullable Judgement acquiredLevel,
            @RequestParam(required = false) @Nullable String mitigationText, @RequestParam(required = false) @Nullable Judgement mitigationLevel,
            @RequestParam(defaultValue = "") String rationale, RedirectAttributes redirect) {
        var assessment = new RiskAssessment(new Factor(natureText, natureLevel), new Factor(recipientText, recipientLevel),
                new Factor(acquiredText, acquiredLevel), new Factor(mitigationText, mitigationLevel));
        return act(scope, incidentId, redirect, () -> incidents.determine(scope, incidentId, conclusion, exception, assessment, rationale),
                "Determination recorded: " + conclusion.label() + ".");
    }

    @PostMapping("/{incidentId}/links")
    String link(TenantScope scope, @PathVariable UUID incidentId, @RequestParam IncidentLinks.Kind kind, @RequestParam UUID targetId,
            RedirectAttributes redirect) {
        return act(scope, incidentId, redirect, () -> links.link(scope, incidentId, kind, targetId),
                kind == IncidentLinks.Kind.EVIDENCE ? "File attached." : "Risk linked.");
    }

    @PostMapping("/{incidentId}/status")
    String status(TenantScope scope, @PathVariable UUID incidentId, @RequestParam IncidentStatus status, RedirectAttributes redirect) {
        return act(scope, incidentId, redirect, () -> incidents.moveTo(scope, incidentId, status), "Status: " + status.label() + ".");
    }

    @GetMapping("/{incidentId}/notice")
    String notice(TenantScope scope, @PathVariable UUID incidentId, Model model) {
        model.addAllAttributes(notices.model(notices.draft(scope, incidentId)));
        return NoticeDrafts.TEMPLATE;
    }

    @GetMapping("/{incidentId}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(TenantScope scope, @PathVariable UUID incidentId) {
        NoticeDraft draft = notices.draft(scope, incidentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(NoticeDrafts.fileName(draft)).build().toString())
                .body(notices.pdf(draft));
    }

    /** "OR=501, WA=119" as counts per State. */
    static Map<String, Integer> states(String text) {
        Map<String, Integer> perState = new LinkedHashMap<>();
        for (String part : text.split("[,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            try {
                perState.put(kv[0].strip().toUpperCase(java.util.Locale.ROOT), Integer.parseInt(kv[1].strip()));
            } catch (RuntimeException e) {
                throw new BusinessRuleViolation("incident.states", "Write the counts per State as OR=501, WA=119.");
            }
        }
        return perState;
    }

    private String act(TenantScope scope, UUID incidentId, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/incidents/" + incidentId;
    }
}

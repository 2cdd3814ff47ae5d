package io.safeguard.practices.web;

import io.safeguard.practices.Adoption;
import io.safeguard.practices.FrameworkCoverage;
import io.safeguard.practices.Practice;
import io.safeguard.practices.PracticeCoverage;
import io.safeguard.practices.PracticeFramework;
import io.safeguard.practices.PracticeStanding;
import io.safeguard.practices.SecurityPractices;
import io.safeguard.practices.Standing;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The frameworks followed, the practice list with the 12-month look-back, and one practice with its history. */
@Controller
@RequestMapping("/t/{tenantId}/practices")
class PracticePageController {
    private final SecurityPractices practices;

    PracticePageController(SecurityPractices practices) {
        this.practices = practices;
    }

    @GetMapping
    String list(TenantScope scope, @RequestParam(required = false) @Nullable String framework,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf, Model model) {
        LocalDate today = practices.today(scope.tenantId());
        LocalDate date = asOf == null ? today : asOf;
        PracticeCoverage coverage = practices.coverage(scope, date);
        List<String> followed = coverage.frameworks().stream().map(FrameworkCoverage::framework).toList();
        String shown = framework != null && followed.contains(framework) ? framework : followed.isEmpty() ? null : followed.getFirst();
        Standing filter = Standing.ofParam(status).orElse(null);
        FrameworkCoverage selected = shown == null ? null : coverage.framework(shown).orElseThrow();
        List<PracticeStanding> rows = selected == null ? List.of() : selected.practices().stream()
                .filter(p -> filter == null || p.standing() == filter)
                .filter(p -> p.practice().matches(q))
                .toList();
        Map<String, List<PracticeStanding>> grouped = rows.stream()
                .collect(Collectors.groupingBy(p -> p.practice().group(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("frameworks", practices.frameworks());
        model.addAttribute("applicableCounts", practices.frameworks().stream().collect(Collectors.toMap(PracticeFramework::key,
                f -> practices.applicable(scope.tenantId(), f.key()).size())));
        model.addAttribute("followed", followed);
        model.addAttribute("coverage", coverage);
        model.addAttribute("selected", selected);
        model.addAttribute("grouped", grouped);
        model.addAttribute("count", rows.size());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("status", filter == null ? "" : filter.param());
        model.addAttribute("q", q);
        model.addAttribute("asOf", date);
        model.addAttribute("today", today);
        return "practices/practices";
    }

    @PostMapping("/frameworks")
    String follow(TenantScope scope, @RequestParam(name = "frameworks", required = false) @Nullable List<String> frameworks,
            RedirectAttributes redirect) {
        try {
            practices.follow(scope, frameworks == null ? List.of() : frameworks);
            redirect.addFlashAttribute("notice", "Frameworks saved.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/practices";
    }

    @GetMapping("/{framework}/{practiceId}")
    String practice(TenantScope scope, @PathVariable String framework, @PathVariable String practiceId, Model model) {
        Practice practice = practices.practice(scope, framework, practiceId);
        List<Adoption> history = practices.history(scope, framework, practiceId);
        return show(scope, practice, history, AdoptionForm.of(history.isEmpty() ? null : history.getLast()), model);
    }

    @PostMapping("/{framework}/{practiceId}/adoption")
    String record(TenantScope scope, @PathVariable String framework, @PathVariable String practiceId,
            @ModelAttribute("form") AdoptionForm form, Model model, RedirectAttributes redirect) {
        try {
            practices.record(scope, form.toDetails(framework, practiceId));
            redirect.addFlashAttribute("notice", "Adoption recorded.");
            return redirectTo(scope, framework, practiceId);
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            Practice practice = practices.practice(scope, framework, practiceId);
            return show(scope, practice, practices.history(scope, framework, practiceId), form, model);
        }
    }

    @PostMapping("/{framework}/{practiceId}/retirement")
    String retire(TenantScope scope, @PathVariable String framework, @PathVariable String practiceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            RedirectAttributes redirect) {
        try {
            if (on == null) {
                throw new BusinessRuleViolation("practices.retired-on", "Give the date the practice was retired.");
            }
            practices.retire(scope, framework, practiceId, on);
            redirect.addFlashAttribute("notice", "Retirement recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return redirectTo(scope, framework, practiceId);
    }

    private String show(TenantScope scope, Practice practice, List<Adoption> history, AdoptionForm form, Model model) {
        LocalDate today = practices.today(scope.tenantId());
        PracticeCoverage coverage = practices.coverage(scope, today);
        PracticeStanding standing = coverage.framework(practice.framework()).stream()
                .flatMap(f -> f.practices().stream())
                .filter(p -> p.practice().id().equals(practice.id()))
                .findFirst().orElse(null);
        boolean followed = coverage.framework(practice.framework()).isPresent();
        boolean applicable = practice.appliesTo(coverage.size());
        model.addAttribute("practice", practice);
        model.addAttribute("framework", practices.frameworks().stream()
                .filter(f -> f.key().equals(practice.framework())).findFirst().orElseThrow());
        model.addAttribute("standing", standing);
        model.addAttribute("history", history.reversed());
        model.addAttribute("current", history.isEmpty() ? null : history.getLast());
        model.addAttribute("followed", followed);
        model.addAttribute("applicable", applicable);
        model.addAttribute("canRecord", scope.can(Permission.EDIT) && followed && applicable);
        model.addAttribute("evidence", practices.evidenceFiles(scope));
        model.addAttribute("form", form);
        model.addAttribute("coverage", coverage);
        model.addAttribute("today", today);
        return "practices/practice";
    }

    private static String redirectTo(TenantScope scope, String framework, String practiceId) {
        return "redirect:/t/" + scope.tenantId() + "/practices/" + UriUtils.encodePathSegment(framework, "UTF-8") + "/"
                + UriUtils.encodePathSegment(practiceId, "UTF-8");
    }
}

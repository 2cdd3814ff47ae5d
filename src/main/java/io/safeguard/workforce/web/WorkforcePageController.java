package io.safeguard.workforce.web;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.workforce.Workforce;
import io.safeguard.workforce.WorkforceMember;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The roster: list with filters, one member with their training and access, and the member forms. */
@Controller
@RequestMapping("/t/{tenantId}/workforce")
class WorkforcePageController {
    private final Workforce workforce;

    WorkforcePageController(Workforce workforce) {
        this.workforce = workforce;
    }

    @GetMapping
    String roster(TenantScope scope, @RequestParam(defaultValue = "active") String show,
            @RequestParam(defaultValue = "false") boolean phiOnly, @RequestParam(defaultValue = "false") boolean overdueOnly,
            Model model) {
        LocalDate today = workforce.today(scope.tenantId());
        TrainingReport report = workforce.trainingReport(scope.tenantId(), today);
        Set<UUID> overdue = report.overdue().stream().map(l -> l.member().id()).collect(Collectors.toSet());
        List<WorkforceMember> rows = workforce.roster(scope).stream()
                .filter(m -> switch (show) {
                    case "terminated" -> m.terminatedBy(today);
                    case "all" -> true;
                    default -> m.activeOn(today);
                })
                .filter(m -> !phiOnly || m.phiAccess())
                .filter(m -> !overdueOnly || overdue.contains(m.id()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", overdue);
        model.addAttribute("report", report);
        model.addAttribute("today", today);
        model.addAttribute("show", show);
        model.addAttribute("phiOnly", phiOnly);
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("activeCount", workforce.roster(scope).stream().filter(m -> m.activeOn(today)).count());
        return "workforce/roster";
    }

    @GetMapping("/new")
    String newForm(TenantScope scope, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", MemberForm.blank(workforce.today(scope.tenantId())));
        return "workforce/member-form";
    }

    @PostMapping("/new")
    String add(TenantScope scope, @Valid @ModelAttribute("form") MemberForm form, BindingResult binding) {
        if (!binding.hasErrors()) {
            try {
                var member = workforce.add(scope, form.toDetails());
                return "redirect:/t/" + scope.tenantId() + "/workforce/" + member.id();
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        return "workforce/member-form";
    }

    @GetMapping("/{memberId}")
    String member(TenantScope scope, @PathVariable UUID memberId, Model model) {
        WorkforceMember member = workforce.view(scope, memberId);
        LocalDate today = workforce.today(scope.tenantId());
        model.addAttribute("member", member);
        model.addAttribute("training", workforce.trainingReport(scope.tenantId(), today).lines().stream()
                .filter(l -> l.member().id().equals(memberId)).toList());
        model.addAttribute("grants", workforce.grants(scope).stream().filter(g -> g.memberId().equals(memberId)).toList());
        model.addAttribute("lags", workforce.terminations(scope.tenantId(), today).stream()
                .filter(l -> l.member().id().equals(memberId)).toList());
        model.addAttribute("courses", workforce.courses(scope));
        model.addAttribute("today", today);
        return "workforce/member";
    }

    @GetMapping("/{memberId}/edit")
    String editForm(TenantScope scope, @PathVariable UUID memberId, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", MemberForm.of(workforce.member(scope, memberId)));
        model.addAttribute("memberId", memberId);
        return "workforce/member-form";
    }

    @PostMapping("/{memberId}/edit")
    String update(TenantScope scope, @PathVariable UUID memberId, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                workforce.update(scope, memberId, form.toDetails());
                return "redirect:/t/" + scope.tenantId() + "/workforce/" + memberId;
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        model.addAttribute("memberId", memberId);
        return "workforce/member-form";
    }
}

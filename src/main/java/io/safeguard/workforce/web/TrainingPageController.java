package io.safeguard.workforce.web;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.Course;
import io.safeguard.workforce.Workforce;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training: the courses, who is overdue, and recording a completion. */
@Controller
@RequestMapping("/t/{tenantId}/workforce/training")
class TrainingPageController {
    private final Workforce workforce;

    TrainingPageController(Workforce workforce) {
        this.workforce = workforce;
    }

    @GetMapping
    String training(TenantScope scope, Model model) {
        LocalDate today = workforce.today(scope.tenantId());
        model.addAttribute("report", workforce.trainingReport(scope.tenantId(), today));
        model.addAttribute("courses", workforce.courses(scope));
        model.addAttribute("audiences", Course.Audience.values());
        model.addAttribute("roster", workforce.roster(scope).stream().filter(m -> m.activeOn(today)).toList());
        model.addAttribute("today", today);
        return "workforce/training";
    }

    @PostMapping("/courses")
    String addCourse(TenantScope scope, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) Integer refreshMonths, @RequestParam(defaultValue = "30") int newHireDays,
            @RequestParam Course.Audience appliesTo, RedirectAttributes redirect) {
        try {
            workforce.addCourse(scope, code, title, refreshMonths, newHireDays, appliesTo);
            redirect.addFlashAttribute("notice", "Course added.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/training";
    }

    @PostMapping("/completions")
    String complete(TenantScope scope, @RequestParam UUID memberId, @RequestParam UUID courseId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        try {
            workforce.recordCompletion(scope, memberId, courseId, completedOn);
            redirect.addFlashAttribute("notice", "Completion recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + (back.equals("member") ? "/workforce/" + memberId : "/workforce/training");
    }
}

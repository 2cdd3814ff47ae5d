package io.safeguard.dashboard.web;

import io.safeguard.dashboard.Dashboard;
import io.safeguard.dashboard.Deadline;
import io.safeguard.shared.TenantScope;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deadline calendar: one month, Monday to Sunday, every deadline on its day, overdue ones listed above. */
@Controller
class CalendarPageController {
    private final Dashboard dashboard;

    CalendarPageController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    public record Day(LocalDate date, boolean inMonth, boolean today, List<Deadline> deadlines) {}

    @GetMapping("/t/{tenantId}/calendar")
    String calendar(TenantScope scope, @RequestParam(required = false) @Nullable YearMonth month, Model model) {
        LocalDate today = dashboard.today(scope);
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        List<Deadline> all = dashboard.deadlinesUntil(scope, shown.atEndOfMonth());
        LocalDate start = shown.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate end = shown.atEndOfMonth().with(DayOfWeek.SUNDAY);
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate week = start; !week.isAfter(end); week = week.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = week.plusDays(d);
                days.add(new Day(date, YearMonth.from(date).equals(shown), date.equals(today),
                        all.stream().filter(x -> x.due().equals(date)).toList()));
            }
            weeks.add(days);
        }
        model.addAttribute("month", shown);
        model.addAttribute("weeks", weeks);
        model.addAttribute("overdue", all.stream().filter(Deadline::overdue).toList());
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        return "dashboard/calendar";
    }
}

package io.safeguard.workforce;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.Cells;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.ImportResult;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.shared.tabular.RowError;
import io.safeguard.shared.tabular.RowReader;
import io.safeguard.shared.tabular.TabularImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Training completions from a learning platform: employee ID, course code, completion date. */
@Component
class CompletionImport implements TabularImport {
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("employeeId", "Employee ID", "must be on the roster", "employee id", "emp id", "empid", "learner id", "user id"),
            ImportField.required("course", "Course code", "must match a course defined in Safeguard", "course", "course code", "course id", "module"),
            ImportField.required("completedOn", "Completed on", "a date such as 2026-03-01, 3/1/2026 or an Excel date number",
                    "completed", "completion date", "completed on", "date completed", "date"));
    private final JdbcMembers members;
    private final JdbcTraining training;
    private final ActivityTrail trail;

    CompletionImport(JdbcMembers members, JdbcTraining training, ActivityTrail trail) {
        this.members = members;
        this.training = training;
        this.trail = trail;
    }

    @Override
    public String kind() {
        return "training-completions";
    }

    @Override
    public String title() {
        return "Training completions";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    @Transactional
    public ImportResult importRows(TenantScope scope, List<ImportRow> rows, boolean dryRun) {
        scope.require(Permission.EDIT);
        Map<String, UUID> memberIds = new HashMap<>();
        members.all(scope.tenantId()).forEach(m -> memberIds.put(m.employeeId(), m.id()));
        Map<String, UUID> courseIds = new HashMap<>();
        training.courses(scope.tenantId()).forEach(c -> courseIds.put(c.code().toLowerCase(Locale.ROOT), c.id()));
        Set<JdbcTraining.Completion> existing = new HashSet<>(training.completions(scope.tenantId()));
        List<RowError> errors = new ArrayList<>();
        Set<JdbcTraining.Completion> fresh = new java.util.LinkedHashSet<>();
        int unchanged = 0;
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            String employeeId = r.required("employeeId", v -> Cells.text(v, 60), "an employee ID is required");
            String course = r.required("course", v -> Cells.text(v, 60), "a course code is required");
            var on = r.required("completedOn", Cells::date, "a completion date is required");
            UUID member = employeeId == null ? null : memberIds.get(employeeId);
            UUID courseId = course == null ? null : courseIds.get(course.toLowerCase(Locale.ROOT));
            if (employeeId != null && member == null) {
                r.reject("employeeId", "no member with this employee ID on the roster");
            }
            if (course != null && courseId == null) {
                r.reject("course", "no course with this code; add it under Workforce > Training first");
            }
            if (!r.ok()) {
                continue;
            }
            var completion = new JdbcTraining.Completion(member, courseId, on);
            if (existing.contains(completion) || !fresh.add(completion)) {
                unchanged++;
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        if (!dryRun && !fresh.isEmpty()) {
            training.insertCompletions(scope.tenantId(), List.copyOf(fresh));
            trail.record(ActivityEntry.of(scope.tenantId(), "workforce.import.completions", "workforce", null)
                    .withDetail(fresh.size() + " completions added, " + unchanged + " already known"));
        }
        return new ImportResult(fresh.size(), 0, unchanged, List.of(), !dryRun);
    }
}

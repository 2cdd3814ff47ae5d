package io.safeguard.workforce;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.Cells;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.ImportResult;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.shared.tabular.RowError;
import io.safeguard.shared.tabular.RowReader;
import io.safeguard.shared.tabular.TabularImport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workforce roster from HR, matched by employee ID. */
@Component
class RosterImport implements TabularImport {
    private static final String DATE = "a date such as 2026-03-01, 3/1/2026 or an Excel date number";
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("employeeId", "Employee ID", "the HR system's identifier (matches existing members)",
                    "employee id", "emp id", "empid", "employee number", "employee no", "id", "person id"),
            ImportField.required("fullName", "Full name", "first and last name", "name", "employee name", "full name", "worker"),
            ImportField.optional("email", "E-mail", "work e-mail address", "email", "e-mail", "work email", "mail"),
            ImportField.optional("jobTitle", "Job title", "text", "title", "job title", "position", "role"),
            ImportField.optional("department", "Department", "text", "department", "dept", "cost center", "unit"),
            ImportField.optional("managerEmployeeId", "Manager's employee ID", "the manager's employee ID", "manager id", "manager", "supervisor id"),
            ImportField.required("hireDate", "Hire date", DATE, "hire date", "start date", "date hired", "hired"),
            ImportField.optional("terminationDate", "Termination date", DATE + "; empty while employed",
                    "termination date", "term date", "end date", "separation date", "terminated"),
            ImportField.required("phiAccess", "Has PHI access", "yes or no", "phi access", "phi", "has phi access", "ephi access"));
    private final JdbcMembers members;
    private final ActivityTrail trail;
    private final Clock clock;

    RosterImport(JdbcMembers members, ActivityTrail trail, Clock clock) {
        this.members = members;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "workforce";
    }

    @Override
    public String title() {
        return "Workforce roster";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    @Transactional
    public ImportResult importRows(TenantScope scope, List<ImportRow> rows, boolean dryRun) {
        scope.require(Permission.EDIT);
        List<RowError> errors = new ArrayList<>();
        Map<String, MemberDetails> parsed = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            String employeeId = r.required("employeeId", v -> Cells.text(v, 60), "an employee ID is required");
            String name = r.required("fullName", v -> Cells.text(v, 160), "a name is required");
            String email = r.optional("email", v -> Cells.text(v, 254));
            String title = r.optional("jobTitle", v -> Cells.text(v, 160));
            String department = r.optional("department", v -> Cells.text(v, 160));
            String manager = r.optional("managerEmployeeId", v -> Cells.text(v, 60));
            var hire = r.required("hireDate", Cells::date, "a hire date is required");
            var termination = r.optional("terminationDate", Cells::date);
            Boolean phi = r.required("phiAccess", Cells::bool, "say whether the member has PHI access (yes or no)");
            if (employeeId != null && lines.containsKey(employeeId)) {
                r.reject("employeeId", "the same employee ID is on line " + lines.get(employeeId));
            }
            if (!r.ok()) {
                continue;
            }
            try {
                parsed.put(employeeId, new MemberDetails(employeeId, name, email, title, department, manager, hire, termination, phi));
                lines.put(employeeId, row.line());
            } catch (BusinessRuleViolation e) {
                r.reject(e.code().endsWith("email") ? "email" : "terminationDate", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        Map<String, WorkforceMember> existing = new HashMap<>();
        members.all(scope.tenantId()).forEach(m -> existing.put(m.employeeId(), m));
        Map<UUID, MemberDetails> inserts = new LinkedHashMap<>();
        Map<UUID, MemberDetails> updates = new LinkedHashMap<>();
        int unchanged = 0;
        for (MemberDetails d : parsed.values()) {
            WorkforceMember current = existing.get(d.employeeId());
            if (current == null) {
                inserts.put(UUID.randomUUID(), d);
            } else if (same(current, d)) {
                unchanged++;
            } else {
                updates.put(current.id(), d);
            }
        }
        if (!dryRun) {
            members.insertAll(scope.tenantId(), inserts, clock.instant());
            members.updateAll(scope.tenantId(), updates, clock.instant());
            if (!inserts.isEmpty() || !updates.isEmpty()) {
                trail.record(ActivityEntry.of(scope.tenantId(), "workforce.import.roster", "workforce", null)
                        .withDetail(inserts.size() + " added, " + updates.size() + " updated, " + unchanged + " unchanged"));
            }
        }
        return new ImportResult(inserts.size(), updates.size(), unchanged, List.of(), !dryRun);
    }

    static boolean same(WorkforceMember m, MemberDetails d) {
        return m.employeeId().equals(d.employeeId()) && m.fullName().equals(d.fullName())
                && java.util.Objects.equals(m.email(), d.email()) && java.util.Objects.equals(m.jobTitle(), d.jobTitle())
                && java.util.Objects.equals(m.department(), d.department())
                && java.util.Objects.equals(m.managerEmployeeId(), d.managerEmployeeId())
                && m.hireDate().equals(d.hireDate()) && java.util.Objects.equals(m.terminationDate(), d.terminationDate())
                && m.phiAccess() == d.phiAccess();
    }
}

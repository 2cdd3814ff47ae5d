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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Access grants from a directory or an EHR user export, matched by employee ID, system and account name. */
@Component
class GrantImport implements TabularImport {
    private static final String DATE = "a date such as 2026-03-01, 3/1/2026 or an Excel date number";
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("employeeId", "Employee ID", "must be on the roster", "employee id", "emp id", "empid", "employeeid"),
            ImportField.required("system", "System", "the application or system name", "system", "application", "app", "resource"),
            ImportField.required("account", "Account name", "the user name on that system", "account", "username", "user name", "login", "samaccountname"),
            ImportField.optional("accessLevel", "Access level", "role or privilege on that system", "role", "access level", "privilege", "group"),
            ImportField.optional("grantedOn", "Granted on", DATE, "granted", "granted on", "created", "start"),
            ImportField.optional("revokedOn", "Revoked on", DATE + "; empty while active", "revoked", "revoked on", "disabled", "end"));
    private final JdbcMembers members;
    private final JdbcGrants grants;
    private final ActivityTrail trail;

    GrantImport(JdbcMembers members, JdbcGrants grants, ActivityTrail trail) {
        this.members = members;
        this.grants = grants;
        this.trail = trail;
    }

    @Override
    public String kind() {
        return "access-grants";
    }

    @Override
    public String title() {
        return "Access grants";
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
        Map<String, AccessGrant> existing = new HashMap<>();
        grants.all(scope.tenantId()).forEach(g -> existing.put(key(g.memberId(), g.systemName(), g.accountName()), g));
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<AccessGrant> inserts = new ArrayList<>();
        List<AccessGrant> updates = new ArrayList<>();
        int unchanged = 0;
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            String employeeId = r.required("employeeId", v -> Cells.text(v, 60), "an employee ID is required");
            String system = r.required("system", v -> Cells.text(v, 160), "the system is required");
            String account = r.required("account", v -> Cells.text(v, 160), "the account name is required");
            String level = r.optional("accessLevel", v -> Cells.text(v, 160));
            var granted = r.optional("grantedOn", Cells::date);
            var revoked = r.optional("revokedOn", Cells::date);
            UUID member = employeeId == null ? null : memberIds.get(employeeId);
            if (employeeId != null && member == null) {
                r.reject("employeeId", "no member with this employee ID on the roster");
            }
            if (granted != null && revoked != null && revoked.isBefore(granted)) {
                r.reject("revokedOn", "revoked before it was granted");
            }
            if (!r.ok()) {
                continue;
            }
            String key = key(member, system, account);
            if (seen.containsKey(key)) {
                r.reject("account", "the same account is on line " + seen.get(key));
                continue;
            }
            seen.put(key, row.line());
            AccessGrant current = existing.get(key);
            if (current == null) {
                inserts.add(new AccessGrant(UUID.randomUUID(), member, system, account, level, granted, revoked));
            } else if (Objects.equals(current.accessLevel(), level) && Objects.equals(current.grantedOn(), granted)
                    && Objects.equals(current.revokedOn(), revoked)) {
                unchanged++;
            } else {
                updates.add(new AccessGrant(current.id(), member, current.systemName(), current.accountName(), level, granted, revoked));
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        if (!dryRun) {
            grants.insertAll(scope.tenantId(), inserts);
            grants.updateAll(scope.tenantId(), updates);
            if (!inserts.isEmpty() || !updates.isEmpty()) {
                trail.record(ActivityEntry.of(scope.tenantId(), "workforce.import.grants", "workforce", null)
                        .withDetail(inserts.size() + " added, " + updates.size() + " updated, " + unchanged + " unchanged"));
            }
        }
        return new ImportResult(inserts.size(), updates.size(), unchanged, List.of(), !dryRun);
    }

    private static String key(UUID member, String system, String account) {
        return member + "\u0000" + system.toLowerCase(Locale.ROOT) + "\u0000" + account.toLowerCase(Locale.ROOT);
    }
}

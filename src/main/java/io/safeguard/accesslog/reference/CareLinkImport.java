package io.safeguard.accesslog.reference;

import io.safeguard.accesslog.CareLink;
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
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment relationships that explain access (C12 explanation filter): encounters, appointments and care-team
 * memberships of a patient, for a user or a department, from a day (to a day). Links already known are kept once.
 */
@Component
class CareLinkImport implements TabularImport {
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("kind", "Kind", "ENCOUNTER, APPOINTMENT or CARE_TEAM", "kind", "type", "link type"),
            ImportField.required("patientId", "Patient ID", "the id the access logs use", "patient id", "mrn", "pat id"),
            ImportField.optional("userId", "User ID", "the EHR user id (this user or the department must be given)", "user id", "provider id",
                    "user"),
            ImportField.optional("department", "Department", "the department the link covers", "department", "dept", "unit"),
            ImportField.required("from", "From", "a date", "from", "start", "date", "appointment date", "admit date"),
            ImportField.optional("to", "To", "a date; empty for a single day", "to", "end", "discharge date"));
    private final JdbcReferenceData reference;
    private final ActivityTrail trail;

    CareLinkImport(JdbcReferenceData reference, ActivityTrail trail) {
        this.reference = reference;
        this.trail = trail;
    }

    @Override
    public String kind() {
        return "care-links";
    }

    @Override
    public String title() {
        return "Encounters, appointments and care teams (access-log reference)";
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
        List<CareLink> links = new ArrayList<>();
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            var kind = r.required("kind", v -> Cells.choice(CareLink.Kind.class, v), "a kind is required");
            String patient = r.required("patientId", v -> Cells.text(v, 512), "a patient ID is required");
            String user = r.optional("userId", v -> Cells.text(v, 512));
            String department = r.optional("department", v -> Cells.text(v, 200));
            var from = r.required("from", Cells::date, "a start date is required");
            var to = r.optional("to", Cells::date);
            if (user == null && department == null) {
                r.reject("userId", "give the user or the department the link covers");
            }
            if (from != null && to != null && to.isBefore(from)) {
                r.reject("to", "the link cannot end before it starts");
            }
            if (r.ok()) {
                links.add(new CareLink(kind, patient, user, department, from, to));
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        int added = 0;
        if (!dryRun) {
            added = reference.addCareLinks(scope.tenantId(), links);
            trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.import.care-links", "accesslog", null)
                    .withDetail(added + " care links added, " + (links.size() - added) + " already known"));
        }
        return new ImportResult(dryRun ? links.size() : added, 0, dryRun ? 0 : links.size() - added, List.of(), !dryRun);
    }
}

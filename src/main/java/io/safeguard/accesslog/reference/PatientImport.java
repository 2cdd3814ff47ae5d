package io.safeguard.accesslog.reference;

import io.safeguard.accesslog.PatientRecord;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient reference feed (C12): the ids used in the access logs with name, home address, VIP flag and, for patients who
 * are also employees, their employee id. A patient already known is replaced by the newer row.
 */
@Component
class PatientImport implements TabularImport {
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("patientId", "Patient ID", "the id the access logs use (MRN)", "patient id", "mrn", "pat id", "pat_id"),
            ImportField.required("givenName", "First name", "text", "first name", "given name", "first"),
            ImportField.required("familyName", "Last name", "text", "last name", "family name", "surname", "last"),
            ImportField.optional("birthDate", "Birth date", "a date", "dob", "date of birth", "birth date"),
            ImportField.optional("addressLine", "Address", "street address", "address", "address line", "address line 1", "street"),
            ImportField.optional("city", "City", "text", "city"),
            ImportField.optional("postalCode", "ZIP code", "text", "zip", "postal code", "zip code"),
            ImportField.optional("vip", "VIP", "yes or no", "vip", "vip flag", "restricted"),
            ImportField.optional("employeeId", "Employee ID", "when the patient is also an employee: their roster employee ID",
                    "employee id", "emp id"),
            ImportField.optional("deceasedOn", "Date of death", "a date", "deceased", "deceased on", "date of death", "death date"));
    private final JdbcReferenceData reference;
    private final ActivityTrail trail;
    private final Clock clock;

    PatientImport(JdbcReferenceData reference, ActivityTrail trail, Clock clock) {
        this.reference = reference;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "patients";
    }

    @Override
    public String title() {
        return "Patients (access-log reference)";
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
        List<PatientRecord> patients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            String id = r.required("patientId", v -> Cells.text(v, 512), "a patient ID is required");
            String given = r.required("givenName", v -> Cells.text(v, 200), "a first name is required");
            String family = r.required("familyName", v -> Cells.text(v, 200), "a last name is required");
            var birth = r.optional("birthDate", Cells::date);
            String address = r.optional("addressLine", v -> Cells.text(v, 300));
            String city = r.optional("city", v -> Cells.text(v, 120));
            String zip = r.optional("postalCode", v -> Cells.text(v, 20));
            boolean vip = r.flag("vip");
            String employee = r.optional("employeeId", v -> Cells.text(v, 60));
            var deceased = r.optional("deceasedOn", Cells::date);
            if (id != null && !seen.add(id)) {
                r.reject("patientId", "this patient ID appears twice in the file");
            }
            if (r.ok()) {
                patients.add(new PatientRecord(id, given, family, birth, address, city, zip, vip, employee, deceased));
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        if (!dryRun) {
            reference.savePatients(scope.tenantId(), patients, clock.instant());
            trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.import.patients", "accesslog", null)
                    .withDetail(patients.size() + " patients imported"));
        }
        return new ImportResult(patients.size(), 0, 0, List.of(), !dryRun);
    }
}

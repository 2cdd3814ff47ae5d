package io.safeguard.accesslog.reference;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Patients and care links of an organization (reference feeds of the detections). Both are PHI: tenant-scoped reads only. */
@Repository
class JdbcReferenceData {
    private static final String PATIENT_COLUMNS =
            "patient_id, given_name, family_name, birth_date, address_line, city, postal_code, vip, employee_id, deceased_on";
    private final JdbcTemplate jdbc;

    JdbcReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void patients(TenantId tenant, Consumer<PatientRecord> consumer) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT " + PATIENT_COLUMNS + " FROM accesslog.patient WHERE tenant_id = ?");
            ps.setObject(1, tenant.value());
            ps.setFetchSize(10_000);
            return ps;
        }, rs -> {
            consumer.accept(patient(rs));
        });
    }

    Optional<PatientRecord> patient(TenantId tenant, String patientId) {
        return jdbc.query("SELECT " + PATIENT_COLUMNS + " FROM accesslog.patient WHERE tenant_id = ? AND patient_id = ?",
                (rs, n) -> patient(rs), tenant.value(), patientId).stream().findFirst();
    }

    long patientCount(TenantId tenant) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM accesslog.patient WHERE tenant_id = ?", Long.class, tenant.value());
    }

    long careLinkCount(TenantId tenant) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM accesslog.care_link WHERE tenant_id = ?", Long.class, tenant.value());
    }

    void careLinks(TenantId tenant, Consumer<CareLink> consumer) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "SELECT kind, patient_id, user_id, department, from_day, to_day FROM accesslog.care_link WHERE tenant_id = ?");
            ps.setObject(1, tenant.value());
            ps.setFetchSize(10_000);
            return ps;
        }, rs -> {
            consumer.accept(new CareLink(CareLink.Kind.valueOf(rs.getString(1)), rs.getString(2), blank(rs.getString(3)),
                    blank(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
        });
    }

    /** Inserts or replaces patients by id, in batches. */
    void savePatients(TenantId tenant, List<PatientRecord> patients, Instant now) {
        jdbc.batchUpdate("DELETE FROM accesslog.patient WHERE tenant_id = ? AND patient_id = ?", patients, 5_000,
                (ps, p) -> {
                    ps.setObject(1, tenant.value());
                    ps.setString(2, p.patientId());
                });
        jdbc.batchUpdate("INSERT INTO accesslog.patient (tenant_id, " + PATIENT_COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                patients, 5_000, (ps, p) -> {
                    ps.setObject(1, tenant.value());
                    ps.setString(2, p.patientId());
                    ps.setString(3, p.givenName());
                    ps.setString(4, p.familyName());
                    ps.setObject(5, p.birthDate());
                    ps.setString(6, p.addressLine());
                    ps.setString(7, p.city());
                    ps.setString(8, p.postalCode());
                    ps.setBoolean(9, p.vip());
                    ps.setString(10, p.employeeId());
                    ps.setObject(11, p.deceasedOn());
                    ps.setObject(12, now.atOffset(ZoneOffset.UTC));
                });
    }

    /** Adds care links; a link already recorded (same kind, patient, user, department and start) is left as it is. */
    int addCareLinks(TenantId tenant, List<CareLink> links) {
        int added = 0;
        for (CareLink l : links) {
            Integer present = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM accesslog.care_link WHERE tenant_id = ? AND kind = ? AND patient_id = ? AND user_id = ?
                    AND department = ? AND from_day = ?""", Integer.class, tenant.value(), l.kind().name(), l.patientId(),
                    nonNull(l.userId()), nonNull(l.department()), l.from());
            if (present != null && present > 0) {
                continue;
            }
            jdbc.update("INSERT INTO accesslog.care_link (tenant_id, kind, patient_id, user_id, department, from_day, to_day) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    tenant.value(), l.kind().name(), l.patientId(), nonNull(l.userId()), nonNull(l.department()), l.from(), l.to());
            added++;
        }
        return added;
    }

    private static PatientRecord patient(ResultSet rs) throws SQLException {
        return new PatientRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getObject(10, LocalDate.class));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}

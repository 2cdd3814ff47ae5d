package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMembers {
    private static final String COLUMNS = """
            id, employee_id, full_name, email, job_title, department, manager_employee_id, hire_date, termination_date,
            phi_access
            """;
    private static final String INSERT = """
            INSERT INTO workforce.member (id, tenant_id, employee_id, full_name, email, job_title, department,
                manager_employee_id, hire_date, termination_date, phi_access, created_at, updated_at)
            VALUES (:id, :tenant, :employeeId, :fullName, :email, :jobTitle, :department, :manager, :hire, :termination,
                :phi, :now, :now)
            """;
    private static final String UPDATE = """
            UPDATE workforce.member SET employee_id = :employeeId, full_name = :fullName, email = :email,
                job_title = :jobTitle, department = :department, manager_employee_id = :manager, hire_date = :hire,
                termination_date = :termination, phi_access = :phi, updated_at = :now
            WHERE tenant_id = :tenant AND id = :id
            """;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcMembers(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<WorkforceMember> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workforce.member WHERE tenant_id = :tenant ORDER BY LOWER(full_name), employee_id")
                .param("tenant", tenant.value())
                .query((rs, n) -> toMember(rs))
                .list();
    }

    Optional<WorkforceMember> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workforce.member WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id)
                .query((rs, n) -> toMember(rs))
                .optional();
    }

    Optional<WorkforceMember> findByEmployeeId(TenantId tenant, String employeeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workforce.member WHERE tenant_id = :tenant AND employee_id = :employeeId")
                .param("tenant", tenant.value())
                .param("employeeId", employeeId)
                .query((rs, n) -> toMember(rs))
                .optional();
    }

    void insert(TenantId tenant, UUID id, MemberDetails d, Instant now) {
        insertAll(tenant, Map.of(id, d), now);
    }

    void update(TenantId tenant, UUID id, MemberDetails d, Instant now) {
        updateAll(tenant, Map.of(id, d), now);
    }

    /** One batched statement for many rows: imports of thousands of members stay fast. */
    void insertAll(TenantId tenant, Map<UUID, MemberDetails> members, Instant now) {
        batch.batchUpdate(INSERT, params(tenant, members, now));
    }

    void updateAll(TenantId tenant, Map<UUID, MemberDetails> members, Instant now) {
        batch.batchUpdate(UPDATE, params(tenant, members, now));
    }

    private static MapSqlParameterSource[] params(TenantId tenant, Map<UUID, MemberDetails> members, Instant now) {
        var at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return members.entrySet().stream().map(e -> {
            MemberDetails d = e.getValue();
            var values = new HashMap<String, Object>();
            values.put("id", e.getKey());
            values.put("tenant", tenant.value());
            values.put("employeeId", d.employeeId());
            values.put("fullName", d.fullName());
            values.put("email", d.email());
            values.put("jobTitle", d.jobTitle());
            values.put("department", d.department());
            values.put("manager", d.managerEmployeeId());
            values.put("hire", d.hireDate());
            values.put("termination", d.terminationDate());
            values.put("phi", d.phiAccess());
            values.put("now", at);
            return new MapSqlParameterSource(values);
        }).toArray(MapSqlParameterSource[]::new);
    }

    static WorkforceMember toMember(ResultSet rs) throws SQLException {
        return new WorkforceMember(
                rs.getObject("id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("job_title"),
                rs.getString("department"),
                rs.getString("manager_employee_id"),
                rs.getObject("hire_date", LocalDate.class),
                rs.getObject("termination_date", LocalDate.class),
                rs.getBoolean("phi_access"));
    }
}

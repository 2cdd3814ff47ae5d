package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTraining {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcTraining(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Course> courses(TenantId tenant) {
        return jdbc.sql("SELECT id, code, title, refresh_months, new_hire_days, applies_to FROM workforce.course WHERE tenant_id = :tenant ORDER BY code")
                .param("tenant", tenant.value())
                .query((rs, n) -> new Course(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
                        rs.getObject("refresh_months", Integer.class), rs.getInt("new_hire_days"),
                        Course.Audience.valueOf(rs.getString("applies_to"))))
                .list();
    }

    Optional<Course> course(TenantId tenant, UUID id) {
        return courses(tenant).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    void insertCourse(TenantId tenant, Course c) {
        jdbc.sql("""
                INSERT INTO workforce.course (id, tenant_id, code, title, refresh_months, new_hire_days, applies_to)
                VALUES (:id, :tenant, :code, :title, :refresh, :newHire, :appliesTo)
                """)
                .param("id", c.id())
                .param("tenant", tenant.value())
                .param("code", c.code())
                .param("title", c.title())
                .param("refresh", c.refreshMonths())
                .param("newHire", c.newHireDays())
                .param("appliesTo", c.appliesTo().name())
                .update();
    }

    /** Completions as (member, course, date) triples, for status computation and idempotent imports. */
    List<Completion> completions(TenantId tenant) {
        return jdbc.sql("SELECT member_id, course_id, completed_on FROM workforce.completion WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query((rs, n) -> new Completion(rs.getObject("member_id", UUID.class), rs.getObject("course_id", UUID.class),
                        rs.getObject("completed_on", LocalDate.class)))
                .list();
    }

    void insertCompletions(TenantId tenant, List<Completion> completions) {
        batch.batchUpdate("""
                INSERT INTO workforce.completion (id, tenant_id, member_id, course_id, completed_on)
                VALUES (:id, :tenant, :member, :course, :on)
                """, completions.stream().map(c -> new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID())
                .addValue("tenant", tenant.value())
                .addValue("member", c.memberId())
                .addValue("course", c.courseId())
                .addValue("on", c.completedOn())).toArray(MapSqlParameterSource[]::new));
    }

    record Completion(UUID memberId, UUID courseId, LocalDate completedOn) {}
}

package io.safeguard.organization;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganizations {
    private static final String COLUMNS = """
            id, name, entity_type, size_category, workforce_count, states, time_zone,
            security_official_name, security_official_title, security_official_email,
            privacy_official_name, privacy_official_title, privacy_official_email, created_at, updated_at
            """;
    private final JdbcClient jdbc;

    JdbcOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> find(TenantId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization.tenant WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> toOrganization(rs))
                .optional();
    }

    List<Organization> findAll(Collection<TenantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization.tenant WHERE id IN (:ids) ORDER BY name")
                .param("ids", ids.stream().map(TenantId::value).toList())
                .query((rs, n) -> toOrganization(rs))
                .list();
    }

    List<TenantId> allIds() {
        return jdbc.sql("SELECT id FROM organization.tenant ORDER BY created_at")
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class)))
                .list();
    }

    java.util.Map<TenantId, String> demoKeys() {
        var keys = new java.util.LinkedHashMap<TenantId, String>();
        jdbc.sql("SELECT id, demo_key FROM organization.tenant WHERE demo_key IS NOT NULL ORDER BY created_at")
                .query(rs -> {
                    keys.put(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return keys;
    }

    Optional<TenantId> findByDemoKey(String key) {
        return jdbc.sql("SELECT id FROM organization.tenant WHERE demo_key = :key")
                .param("key", key)
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void insert(TenantId id, OrganizationProfile p, @Nullable String demoKey, Instant now) {
        jdbc.sql("""
                INSERT INTO organization.tenant (id, name, entity_type, size_category, workforce_count, states, time_zone,
                    security_official_name, security_official_title, security_official_email,
                    privacy_official_name, privacy_official_title, privacy_official_email, demo_key, created_at, updated_at)
                VALUES (:id, :name, :type, :size, :workforce, :states, :zone, :sName, :sTitle, :sEmail,
                        :pName, :pTitle, :pEmail, :demoKey, :now, :now)
                """)
                .params(params(id, p, now))
                .param("demoKey", demoKey)
                .update();
    }

    void update(TenantId id, OrganizationProfile p, Instant now) {
        jdbc.sql("""
                UPDATE organization.tenant SET name = :name, entity_type = :type, size_category = :size,
                    workforce_count = :workforce, states = :states, time_zone = :zone,
                    security_official_name = :sName, security_official_title = :sTitle, security_official_email = :sEmail,
                    privacy_official_name = :pName, privacy_official_title = :pTitle, privacy_official_email = :pEmail,
                    updated_at = :now
                WHERE id = :id
                """)
                .params(params(id, p, now))
                .update();
    }

    private static java.util.Map<String, Object> params(TenantId id, OrganizationProfile p, Instant now) {
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id.value());
        values.put("name", p.name());
        values.put("type", p.entityType().name());
        values.put("size", p.size().name());
        values.put("workforce", p.workforceCount());
        values.put("states", String.join(",", p.states()));
        values.put("zone", p.zone().getId());
        putOfficial(values, "s", p.securityOfficial());
        putOfficial(values, "p", p.privacyOfficial());
        values.put("now", now.atOffset(ZoneOffset.UTC));
        return values;
    }

    private static void putOfficial(java.util.Map<String, Object> values, String prefix, @Nullable Official official) {
        values.put(prefix + "Name", official == null ? null : official.name());
        values.put(prefix + "Title", official == null ? null : official.title());
        values.put(prefix + "Email", official == null ? null : official.email());
    }

    private static Organization toOrganization(ResultSet rs) throws SQLException {
        return new Organization(
                new TenantId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                EntityType.valueOf(rs.getString("entity_type")),
                SizeCategory.valueOf(rs.getString("size_category")),
                rs.getObject("workforce_count", Integer.class),
                Arrays.stream(rs.getString("states").split(",")).filter(s -> !s.isBlank())
                        .collect(Collectors.toCollection(TreeSet::new)),
                ZoneId.of(rs.getString("time_zone")),
                Official.of(rs.getString("security_official_name"), rs.getString("security_official_title"),
                        rs.getString("security_official_email")),
                Official.of(rs.getString("privacy_official_name"), rs.getString("privacy_official_title"),
                        rs.getString("privacy_official_email")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

package io.safeguard.inventory;

import io.safeguard.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
class JdbcAssets {
    private static final String FIELDS = """
            name, asset_type, description, owner, location, ephi, record_count, at_rest, at_rest_method, at_rest_fips,
            in_transit, in_transit_method, key_custodian, key_rotation_months, key_last_rotated, audit_logging,
            log_destination, backup, last_restore_test, operating_system, vendor_supported, mfa_remote, internet_facing,
            hosting_vendor""";
    private static final String VALUES = """
            :name, :type, :description, :owner, :location, :ephi, :records, :atRest, :atRestMethod, :atRestFips,
            :inTransit, :inTransitMethod, :keyCustodian, :keyRotation, :keyRotated, :auditLogging,
            :logDestination, :backup, :restoreTest, :os, :supported, :mfa, :internetFacing, :hosting""";
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcAssets(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Asset> all(TenantId tenant) {
        return jdbc.sql("SELECT id, " + FIELDS + ", retired_on, created_at, updated_at, materially_changed_at"
                        + " FROM inventory.asset WHERE tenant_id = :tenant ORDER BY LOWER(name)")
                .param("tenant", tenant.value())
                .query((rs, n) -> toAsset(rs))
                .list();
    }

    Optional<Asset> find(TenantId tenant, UUID id) {
        return all(tenant).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    void insertAll(TenantId tenant, Map<UUID, AssetDetails> assets, Instant now) {
        batch.batchUpdate("INSERT INTO inventory.asset (id, tenant_id, " + FIELDS
                        + ", retired_on, created_at, updated_at, materially_changed_at) VALUES (:id, :tenant, " + VALUES
                        + ", NULL, :now, :now, :now)",
                params(tenant, assets, now));
    }

    /** Updates the facts; {@code material} lists the ids whose change is material (their timestamp moves). */
    void updateAll(TenantId tenant, Map<UUID, AssetDetails> assets, java.util.Set<UUID> material, Instant now) {
        var sets = FIELDS.replace("\n", " ").split(",\\s*");
        var values = VALUES.replace("\n", " ").split(",\\s*");
        StringBuilder assignments = new StringBuilder();
        for (int i = 0; i < sets.length; i++) {
            assignments.append(i == 0 ? "" : ", ").append(sets[i].strip()).append(" = ").append(values[i].strip());
        }
        var params = params(tenant, assets, now);
        for (MapSqlParameterSource p : params) {
            p.addValue("material", material.contains((UUID) p.getValue("id")));
        }
        batch.batchUpdate("UPDATE inventory.asset SET " + assignments + ", updated_at = :now,"
                + " materially_changed_at = CASE WHEN :material THEN :now ELSE materially_changed_at END"
                + " WHERE tenant_id = :tenant AND id = :id", params);
    }

    void retire(TenantId tenant, UUID id, LocalDate on, Instant now) {
        jdbc.sql("UPDATE inventory.asset SET retired_on = :on, updated_at = :now, materially_changed_at = :now WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id).param("on", on).param("now", utc(now)).update();
    }

    /** For bundle imports: the asset keeps the dates it had where it came from. */
    void restoreTimestamps(TenantId tenant, UUID id, Instant created, Instant materiallyChanged) {
        jdbc.sql("UPDATE inventory.asset SET created_at = :created, updated_at = :changed, materially_changed_at = :changed WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", id).param("created", utc(created)).param("changed", utc(materiallyChanged))
                .update();
    }

    void recordEncryption(TenantId tenant, UUID asset, LocalDate effectiveOn, AssetDetails d, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO inventory.encryption_record (id, tenant_id, asset_id, effective_on, at_rest, at_rest_method,
                    at_rest_fips, in_transit, recorded_by, recorded_at)
                VALUES (:id, :tenant, :asset, :on, :atRest, :method, :fips, :inTransit, :by, :now)
                """)
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("asset", asset).param("on", effectiveOn)
                .param("atRest", d.atRest().name()).param("method", d.atRestMethod()).param("fips", d.atRestFips())
                .param("inTransit", d.inTransit().name()).param("by", by).param("now", utc(now))
                .update();
    }

    List<EncryptionRecord> encryptionHistory(TenantId tenant, UUID asset) {
        return jdbc.sql("""
                SELECT effective_on, at_rest, at_rest_method, at_rest_fips, in_transit, recorded_by, recorded_at
                FROM inventory.encryption_record WHERE tenant_id = :tenant AND asset_id = :asset ORDER BY seq
                """)
                .param("tenant", tenant.value()).param("asset", asset)
                .query((rs, n) -> new EncryptionRecord(rs.getObject("effective_on", LocalDate.class),
                        Protection.valueOf(rs.getString("at_rest")), rs.getString("at_rest_method"), rs.getBoolean("at_rest_fips"),
                        Protection.valueOf(rs.getString("in_transit")), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static MapSqlParameterSource[] params(TenantId tenant, Map<UUID, AssetDetails> assets, Instant now) {
        return assets.entrySet().stream().map(e -> {
            AssetDetails d = e.getValue();
            Map<String, Object> v = new HashMap<>();
            v.put("id", e.getKey());
            v.put("tenant", tenant.value());
            v.put("name", d.name());
            v.put("type", d.type().name());
            v.put("description", d.description());
            v.put("owner", d.owner());
            v.put("location", d.location());
            v.put("ephi", d.ephi());
            v.put("records", d.recordCount());
            v.put("atRest", d.atRest().name());
            v.put("atRestMethod", d.atRestMethod());
            v.put("atRestFips", d.atRestFips());
            v.put("inTransit", d.inTransit().name());
            v.put("inTransitMethod", d.inTransitMethod());
            v.put("keyCustodian", d.keyCustodian());
            v.put("keyRotation", d.keyRotationMonths());
            v.put("keyRotated", d.keyLastRotated());
            v.put("auditLogging", d.auditLogging());
            v.put("logDestination", d.logDestination());
            v.put("backup", d.backup().name());
            v.put("restoreTest", d.lastRestoreTest());
            v.put("os", d.operatingSystem());
            v.put("supported", d.vendorSupported());
            v.put("mfa", d.mfaRemote().name());
            v.put("internetFacing", d.internetFacing());
            v.put("hosting", d.hostingVendor());
            v.put("now", utc(now));
            return new MapSqlParameterSource(v);
        }).toArray(MapSqlParameterSource[]::new);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Asset toAsset(ResultSet rs) throws SQLException {
        var d = new AssetDetails(rs.getString("name"), AssetType.valueOf(rs.getString("asset_type")), rs.getString("description"),
                rs.getString("owner"), rs.getString("location"), rs.getBoolean("ephi"), rs.getObject("record_count", Integer.class),
                Protection.valueOf(rs.getString("at_rest")), rs.getString("at_rest_method"), rs.getBoolean("at_rest_fips"),
                Protection.valueOf(rs.getString("in_transit")), rs.getString("in_transit_method"), rs.getString("key_custodian"),
                rs.getObject("key_rotation_months", Integer.class), rs.getObject("key_last_rotated", LocalDate.class),
                rs.getBoolean("audit_logging"), rs.getString("log_destination"), Backup.valueOf(rs.getString("backup")),
                rs.getObject("last_restore_test", LocalDate.class), rs.getString("operating_system"),
                rs.getBoolean("vendor_supported"), RemoteMfa.valueOf(rs.getString("mfa_remote")),
                rs.getBoolean("internet_facing"), rs.getString("hosting_vendor"));
        return new Asset(rs.getObject("id", UUID.class), d, rs.getObject("retired_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getObject("materially_changed_at", OffsetDateTime.class).toInstant());
    }
}

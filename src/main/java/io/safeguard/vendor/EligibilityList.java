package io.safeguard.vendor;

import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The providers' HIPAA-eligible service lists: the dated, sourced starter list shipped in
 * {@code vendor/cloud-eligibility.yaml}, with each organization's own edits on top (providers change their lists;
 * the organization records what its provider's current list and BAA say).
 */
@Component
class EligibilityList {
    private final JdbcClient jdbc;
    private final StarterList starter;

    EligibilityList(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.starter = load();
    }

    String starterVersion() {
        return starter.listVersion();
    }

    List<Provider> providers() {
        return starter.providers();
    }

    /** Provider key → service key → entry, for one organization. */
    Map<String, Map<String, EligibilityEntry>> forTenant(TenantId tenant) {
        Map<String, Map<String, EligibilityEntry>> list = new LinkedHashMap<>();
        for (Provider p : starter.providers()) {
            Map<String, EligibilityEntry> services = list.computeIfAbsent(p.key(), k -> new LinkedHashMap<>());
            for (Service s : p.services()) {
                services.put(s.key(), new EligibilityEntry(p.key(), p.provider(), s.key(), s.name(), s.eligible(),
                        s.tiers(), s.excludedFeatures(), s.source(), s.verified(), s.note(), p.asOf(), false));
            }
        }
        jdbc.sql("""
                SELECT provider_key, service_key, name, eligible, tiers, excluded_features, note, edited_at
                FROM vendor.eligibility_override WHERE tenant_id = :tenant
                """)
                .param("tenant", tenant.value())
                .query(rs -> {
                    String providerKey = rs.getString("provider_key");
                    String providerName = starter.providers().stream().filter(p -> p.key().equals(providerKey))
                            .map(Provider::provider).findFirst().orElse(providerKey);
                    list.computeIfAbsent(providerKey, k -> new LinkedHashMap<>()).put(rs.getString("service_key"),
                            new EligibilityEntry(providerKey, providerName, rs.getString("service_key"), rs.getString("name"),
                                    rs.getBoolean("eligible"), JdbcCloudServices.split(rs.getString("tiers")),
                                    JdbcCloudServices.split(rs.getString("excluded_features")), null, true,
                                    rs.getString("note"),
                                    rs.getObject("edited_at", java.time.OffsetDateTime.class).toLocalDate(), true));
                });
        return list;
    }

    @Nullable EligibilityEntry entry(Map<String, Map<String, EligibilityEntry>> list, CloudService service) {
        var services = list.get(service.providerKey());
        return services == null || service.serviceKey() == null ? null : services.get(service.serviceKey());
    }

    void override(TenantId tenant, EligibilityEntry entry, String editedBy, Instant now) {
        jdbc.sql("DELETE FROM vendor.eligibility_override WHERE tenant_id = :tenant AND provider_key = :p AND service_key = :s")
                .param("tenant", tenant.value())
                .param("p", entry.providerKey())
                .param("s", entry.serviceKey())
                .update();
        jdbc.sql("""
                INSERT INTO vendor.eligibility_override (tenant_id, provider_key, service_key, name, eligible, tiers,
                    excluded_features, note, edited_by, edited_at)
                VALUES (:tenant, :p, :s, :name, :eligible, :tiers, :excluded, :note, :by, :at)
                """)
                .param("tenant", tenant.value())
                .param("p", entry.providerKey())
                .param("s", entry.serviceKey())
                .param("name", entry.name())
                .param("eligible", entry.eligible())
                .param("tiers", String.join("\n", entry.tiers()))
                .param("excluded", String.join("\n", entry.excludedFeatures()))
                .param("note", entry.note())
                .param("by", editedBy)
                .param("at", JdbcVendors.utc(now))
                .update();
    }

    /** The organization's own edits, as stored (for the bundle). */
    List<Edit> edits(TenantId tenant) {
        return jdbc.sql("""
                SELECT provider_key, service_key, name, eligible, tiers, excluded_features, note, edited_by, edited_at
                FROM vendor.eligibility_override WHERE tenant_id = :tenant ORDER BY provider_key, service_key
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new Edit(new EligibilityEntry(rs.getString("provider_key"), rs.getString("provider_key"),
                        rs.getString("service_key"), rs.getString("name"), rs.getBoolean("eligible"),
                        JdbcCloudServices.split(rs.getString("tiers")), JdbcCloudServices.split(rs.getString("excluded_features")),
                        null, true, rs.getString("note"), null, true), rs.getString("edited_by"),
                        rs.getObject("edited_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    record Edit(EligibilityEntry entry, String editedBy, Instant editedAt) {}

    private static StarterList load() {
        var yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("vendor/cloud-eligibility.yaml").getInputStream()) {
            StarterList list = yaml.readValue(in, StarterList.class);
            List<String> keys = new ArrayList<>();
            for (Provider p : list.providers()) {
                for (Service s : p.services()) {
                    if (keys.contains(p.key() + "/" + s.key())) {
                        throw new IllegalStateException("duplicate service key " + p.key() + "/" + s.key());
                    }
                    keys.add(p.key() + "/" + s.key());
                }
            }
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("vendor/cloud-eligibility.yaml cannot be read: " + e.getMessage(), e);
        }
    }

    record StarterList(String listVersion, List<Provider> providers) {}

    record Provider(String provider, String key, String baa, @Nullable String baaSource, String eligibilityRule,
            LocalDate asOf, List<Service> services) {}

    record Service(String key, String name, boolean eligible, List<String> tiers, List<String> excludedFeatures,
            @Nullable String source, boolean verified, @Nullable String note) {}
}

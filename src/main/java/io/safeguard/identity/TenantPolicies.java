package io.safeguard.identity;

import io.safeguard.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-organization sign-in policy. Absent row = defaults (MFA not required). */
@Repository
class TenantPolicies {
    private final JdbcClient jdbc;

    TenantPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean mfaRequired(TenantId tenant) {
        return jdbc.sql("SELECT mfa_required FROM identity.tenant_policy WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setMfaRequired(TenantId tenant, boolean required) {
        int updated = jdbc.sql("UPDATE identity.tenant_policy SET mfa_required = :required WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .param("required", required)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO identity.tenant_policy (tenant_id, mfa_required) VALUES (:tenant, :required)")
                    .param("tenant", tenant.value())
                    .param("required", required)
                    .update();
        }
    }
}

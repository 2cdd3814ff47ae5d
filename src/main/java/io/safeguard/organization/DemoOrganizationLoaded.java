package io.safeguard.organization;

import io.safeguard.shared.TenantId;

/**
 * A demo organization exists (created now or on an earlier start). Each module adds its part of the demo when it
 * hears this, and must do so idempotently.
 */
public record DemoOrganizationLoaded(TenantId tenantId, String demoKey) {}

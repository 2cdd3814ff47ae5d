package io.safeguard;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class TenantIsolationH2IntegrationTests extends TenantIsolationIntegrationTests {}

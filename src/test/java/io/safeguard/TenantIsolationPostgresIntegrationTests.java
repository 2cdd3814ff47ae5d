package io.safeguard;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class TenantIsolationPostgresIntegrationTests extends TenantIsolationIntegrationTests {}

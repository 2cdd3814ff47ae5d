package io.safeguard.vendor;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class VendorPostgresIntegrationTests extends VendorIntegrationTests {}

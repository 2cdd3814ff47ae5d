package io.safeguard.bundle;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class BundleRoundTripPostgresIntegrationTests extends BundleRoundTripIntegrationTests {}

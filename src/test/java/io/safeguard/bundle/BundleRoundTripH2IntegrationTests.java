package io.safeguard.bundle;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class BundleRoundTripH2IntegrationTests extends BundleRoundTripIntegrationTests {}

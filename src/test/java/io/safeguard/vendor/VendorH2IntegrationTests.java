package io.safeguard.vendor;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class VendorH2IntegrationTests extends VendorIntegrationTests {}

package io.safeguard.catalog;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class CatalogH2IntegrationTests extends CatalogIntegrationTests {}

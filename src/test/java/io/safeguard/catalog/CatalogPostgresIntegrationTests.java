package io.safeguard.catalog;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class CatalogPostgresIntegrationTests extends CatalogIntegrationTests {}

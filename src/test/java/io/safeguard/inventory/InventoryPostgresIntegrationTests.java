package io.safeguard.inventory;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class InventoryPostgresIntegrationTests extends InventoryIntegrationTests {}

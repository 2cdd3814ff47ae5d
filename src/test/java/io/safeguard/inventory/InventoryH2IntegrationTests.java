package io.safeguard.inventory;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class InventoryH2IntegrationTests extends InventoryIntegrationTests {}

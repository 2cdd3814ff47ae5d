package io.safeguard.incident;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class TabletopPostgresIntegrationTests extends TabletopIntegrationTests {}

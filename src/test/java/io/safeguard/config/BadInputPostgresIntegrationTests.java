package io.safeguard.config;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class BadInputPostgresIntegrationTests extends BadInputIntegrationTests {}

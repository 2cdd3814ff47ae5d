package io.safeguard.workforce;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class WorkforcePostgresIntegrationTests extends WorkforceIntegrationTests {}

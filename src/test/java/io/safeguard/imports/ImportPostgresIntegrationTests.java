package io.safeguard.imports;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class ImportPostgresIntegrationTests extends ImportIntegrationTests {}

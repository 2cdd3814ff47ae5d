package io.safeguard.penalty;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class ExposurePostgresIntegrationTests extends ExposureIntegrationTests {}

package io.safeguard.practices;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class PracticePostgresIntegrationTests extends PracticeIntegrationTests {}

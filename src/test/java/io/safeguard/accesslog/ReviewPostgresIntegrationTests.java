package io.safeguard.accesslog;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class ReviewPostgresIntegrationTests extends ReviewIntegrationTests {}

package io.safeguard.assessment;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class AssessmentPostgresIntegrationTests extends AssessmentIntegrationTests {}

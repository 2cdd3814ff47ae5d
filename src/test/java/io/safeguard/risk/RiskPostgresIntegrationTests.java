package io.safeguard.risk;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class RiskPostgresIntegrationTests extends RiskIntegrationTests {}

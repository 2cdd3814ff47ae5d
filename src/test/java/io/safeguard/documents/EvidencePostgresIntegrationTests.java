package io.safeguard.documents;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class EvidencePostgresIntegrationTests extends EvidenceIntegrationTests {}

package io.safeguard.documents;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class EvidenceH2IntegrationTests extends EvidenceIntegrationTests {}

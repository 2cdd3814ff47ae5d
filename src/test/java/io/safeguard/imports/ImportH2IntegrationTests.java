package io.safeguard.imports;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class ImportH2IntegrationTests extends ImportIntegrationTests {}

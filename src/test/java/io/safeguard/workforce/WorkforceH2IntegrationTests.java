package io.safeguard.workforce;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class WorkforceH2IntegrationTests extends WorkforceIntegrationTests {}

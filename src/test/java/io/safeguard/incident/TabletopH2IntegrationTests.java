package io.safeguard.incident;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class TabletopH2IntegrationTests extends TabletopIntegrationTests {}

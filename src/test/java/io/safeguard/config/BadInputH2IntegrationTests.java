package io.safeguard.config;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class BadInputH2IntegrationTests extends BadInputIntegrationTests {}

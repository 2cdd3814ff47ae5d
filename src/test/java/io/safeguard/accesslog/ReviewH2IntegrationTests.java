package io.safeguard.accesslog;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class ReviewH2IntegrationTests extends ReviewIntegrationTests {}

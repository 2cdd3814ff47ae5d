package io.safeguard.penalty;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class ExposureH2IntegrationTests extends ExposureIntegrationTests {}

package io.safeguard.practices;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class PracticeH2IntegrationTests extends PracticeIntegrationTests {}

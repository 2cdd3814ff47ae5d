package io.safeguard.assessment;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class AssessmentH2IntegrationTests extends AssessmentIntegrationTests {}

package io.safeguard.risk;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class RiskH2IntegrationTests extends RiskIntegrationTests {}

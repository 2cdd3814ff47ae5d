package io.safeguard.identity;

import io.safeguard.support.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class InvitationH2IntegrationTests extends InvitationIntegrationTests {}

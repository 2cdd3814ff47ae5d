package io.safeguard.identity;

import io.safeguard.support.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class InvitationPostgresIntegrationTests extends InvitationIntegrationTests {}

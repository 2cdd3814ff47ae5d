package io.safeguard.identity;

import io.safeguard.shared.AccountId;

/** The first owner was set up: organizations that still have no owner get this account as their owner. */
public record PlatformAdministratorCreated(AccountId accountId) {}

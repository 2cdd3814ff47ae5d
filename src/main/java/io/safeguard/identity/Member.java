package io.safeguard.identity;

import io.safeguard.shared.Role;

/** A row of an organization's member list. */
public record Member(AccountSummary account, Role role) {}

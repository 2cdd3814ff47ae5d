package io.safeguard.identity;

import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Instant;

/** An organization's invitation that waits for the account holder's answer. */
public record PendingInvitation(TenantId tenantId, Role role, Instant invitedAt) {}

package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface Memberships {
    Optional<Role> roleOf(AccountId account, TenantId tenant);

    List<Membership> ofAccount(AccountId account);

    List<Member> ofTenant(TenantId tenant);

    long countWithRole(TenantId tenant, Role role);

    void put(Membership membership, Instant at);

    void remove(AccountId account, TenantId tenant);
}

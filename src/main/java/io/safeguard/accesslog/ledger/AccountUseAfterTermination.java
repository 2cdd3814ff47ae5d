package io.safeguard.accesslog.ledger;

import io.safeguard.organization.Organizations;
import io.safeguard.shared.TenantId;
import io.safeguard.workforce.UseAfterTermination;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log answers the termination measure (164.308(a)(3)(ii)(C)): the last event of an account on or after the
 * day its owner was terminated (the roster's termination date, organization's time zone).
 */
@Component
class AccountUseAfterTermination implements UseAfterTermination {
    private final EventStore events;
    private final Organizations organizations;

    AccountUseAfterTermination(EventStore events, Organizations organizations) {
        this.events = events;
        this.organizations = organizations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lastUse(TenantId tenant, String account, LocalDate terminated, LocalDate asOf) {
        ZoneId zone = organizations.get(tenant).zone();
        return events.byUser(tenant, account, terminated.atStartOfDay(zone).toInstant(), asOf.plusDays(1).atStartOfDay(zone).toInstant(), 1)
                .stream().findFirst().map(s -> s.event().occurredAt());
    }
}

package io.safeguard.organization;

import io.safeguard.identity.PlatformAdministratorCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The first owner, set up after a demo load, becomes owner of the organizations nobody owns yet. */
@Component
class OwnerOnboarding {
    private final Organizations organizations;

    OwnerOnboarding(Organizations organizations) {
        this.organizations = organizations;
    }

    @EventListener
    void on(PlatformAdministratorCreated event) {
        organizations.adoptOrphans(event.accountId());
    }
}

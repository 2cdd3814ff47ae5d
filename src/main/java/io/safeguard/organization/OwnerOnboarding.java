package io.safeguard.organization;

import io.safeguard.identity.PlatformAdministratorCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first owner, set up after a demo load, becomes owner of the organizations nobody owns yet; the demo
 * organizations are then announced again, for the parts of the demo that are attributed to a person (documents).
 */
@Component
class OwnerOnboarding {
    private final Organizations organizations;
    private final ApplicationEventPublisher events;

    OwnerOnboarding(Organizations organizations, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.events = events;
    }

    @EventListener
    void on(PlatformAdministratorCreated event) {
        organizations.adoptOrphans(event.accountId());
        organizations.demoOrganizations().forEach((tenant, key) -> events.publishEvent(new DemoOrganizationLoaded(tenant, key)));
    }
}

package io.safeguard.organization;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountSummary;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the fictional demo organizations of {@code demo/organizations.yaml} when the server starts with
 * {@code --demo}: once, keyed by a demo key, so restarts keep what a visitor changed.
 */
@Component
@ConditionalOnProperty(name = "safeguard.demo", havingValue = "true")
class DemoOrganizations implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);
    private final Organizations organizations;
    private final JdbcSites sites;
    private final AccountAdministration administration;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    DemoOrganizations(Organizations organizations, JdbcSites sites, AccountAdministration administration,
            ApplicationEventPublisher events, TransactionTemplate transaction, java.time.Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.sites = sites;
        this.administration = administration;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (DemoOrganization demo : read().organizations()) {
            transaction.executeWithoutResult(status -> load(demo));
        }
    }

    private void load(DemoOrganization demo) {
        boolean existed = organizations.demoExists(demo.key());
        TenantId id = organizations.createDemo(demo.key(), demo.profile());
        if (!existed) {
            for (DemoSite site : demo.sites()) {
                sites.insert(new Site(java.util.UUID.randomUUID(), id, site.name(), site.address(), site.state()),
                        clock.instant());
            }
            for (AccountSummary admin : administration.platformAdministrators()) {
                administration.grant(admin.id(), id, Role.OWNER);
            }
            log.info("Loaded demo organization {} ({})", demo.key(), id);
        }
        events.publishEvent(new DemoOrganizationLoaded(id, demo.key()));
    }

    static DemoFile read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/organizations.yaml").getInputStream()) {
            return YAMLMapper.builder().build().readValue(in, DemoFile.class);
        }
    }

    record DemoFile(List<DemoOrganization> organizations) {}

    record DemoOrganization(String key, String name, EntityType entityType, SizeCategory size, Integer workforceCount,
            List<String> states, String zone, @Nullable Official securityOfficial, @Nullable Official privacyOfficial,
            List<DemoSite> sites) {
        OrganizationProfile profile() {
            return OrganizationProfile.parse(name, entityType, size, workforceCount, String.join(",", states), zone,
                    securityOfficial, privacyOfficial);
        }
    }

    record DemoSite(String name, String address, String state) {}
}

package io.safeguard.incident;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentNavigation {
    @Bean
    NavigationItem incidentsPage() {
        return new NavigationItem("Incidents", "/incidents", 50, Permission.VIEW);
    }

    @org.springframework.context.annotation.Bean
    io.safeguard.shared.NavigationItem tabletopsPage() {
        return new io.safeguard.shared.NavigationItem("Tabletop exercises", "/tabletops", 51, io.safeguard.shared.Permission.VIEW);
    }
}

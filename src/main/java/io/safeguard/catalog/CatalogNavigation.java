package io.safeguard.catalog;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogNavigation {
    @Bean
    NavigationItem requirementsPage() {
        return new NavigationItem("Requirements", "/catalog", 10, Permission.VIEW);
    }

    @Bean
    NavigationItem addressableDecisionsPage() {
        return new NavigationItem("Addressable decisions", "/catalog/decisions", 11, Permission.VIEW);
    }
}

package io.safeguard.documents;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {
    @Bean
    NavigationItem policiesPage() {
        return new NavigationItem("Policies", "/documents", 60, Permission.VIEW);
    }

    @Bean
    NavigationItem evidencePage() {
        return new NavigationItem("Evidence", "/evidence", 61, Permission.VIEW);
    }
}

package io.safeguard.organization;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {
    @Bean
    NavigationItem organizationPage() {
        return new NavigationItem("Organization", "/organization", 90, Permission.VIEW);
    }
}

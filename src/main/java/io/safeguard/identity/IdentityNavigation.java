package io.safeguard.identity;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {
    @Bean
    NavigationItem membersPage() {
        return new NavigationItem("Members", "/members", 91, Permission.VIEW);
    }

    @Bean
    NavigationItem activityTrailPage() {
        return new NavigationItem("Activity trail", "/activity", 99, Permission.VIEW_ACTIVITY);
    }
}

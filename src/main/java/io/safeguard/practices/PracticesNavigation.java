package io.safeguard.practices;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticesNavigation {
    @Bean
    NavigationItem practicesPage() {
        return new NavigationItem("Security practices", "/practices", 45, Permission.VIEW);
    }
}

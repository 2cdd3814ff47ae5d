package io.safeguard.workforce;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkforceNavigation {
    @Bean
    NavigationItem workforcePage() {
        return new NavigationItem("Workforce", "/workforce", 40, Permission.VIEW);
    }

    @Bean
    NavigationItem trainingPage() {
        return new NavigationItem("Training", "/workforce/training", 41, Permission.VIEW);
    }

    @Bean
    NavigationItem reviewsPage() {
        return new NavigationItem("Access reviews", "/workforce/reviews", 43, Permission.VIEW);
    }

    @Bean
    NavigationItem sanctionsPage() {
        return new NavigationItem("Sanctions", "/workforce/sanctions", 44, Permission.VIEW);
    }

    @Bean
    NavigationItem accessPage() {
        return new NavigationItem("Access and terminations", "/workforce/access", 42, Permission.VIEW);
    }
}

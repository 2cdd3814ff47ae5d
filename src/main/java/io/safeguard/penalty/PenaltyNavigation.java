package io.safeguard.penalty;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PenaltyNavigation {
    @Bean
    NavigationItem exposurePage() {
        return new NavigationItem("Penalty exposure", "/exposure", 2, Permission.VIEW);
    }

    @Bean
    NavigationItem correctiveActionPage() {
        return new NavigationItem("Corrective action plans", "/corrective-action", 3, Permission.VIEW);
    }
}

package io.safeguard.risk;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RiskNavigation {
    @Bean
    NavigationItem riskRegisterPage() {
        return new NavigationItem("Risk register", "/risks", 5, Permission.VIEW);
    }

    @Bean
    NavigationItem riskAnalysesPage() {
        return new NavigationItem("Risk analyses", "/risks/analyses", 6, Permission.VIEW);
    }
}

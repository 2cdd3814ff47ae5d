package io.safeguard.assessment;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {
    @Bean
    NavigationItem readinessPage() {
        return new NavigationItem("OCR readiness", "/assessment", 1, Permission.VIEW);
    }
}

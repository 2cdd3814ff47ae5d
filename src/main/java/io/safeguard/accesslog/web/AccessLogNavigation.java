package io.safeguard.accesslog.web;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessLogNavigation {
    @Bean
    NavigationItem accessLogPage() {
        return new NavigationItem("Access log", "/accesslog", 70, Permission.VIEW);
    }
}

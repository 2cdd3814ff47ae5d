package io.safeguard.dashboard;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {
    @Bean
    NavigationItem dashboardPage() {
        return new NavigationItem("Dashboard", "", 0, Permission.VIEW);
    }

    @org.springframework.context.annotation.Bean
    io.safeguard.shared.NavigationItem calendarPage() {
        return new io.safeguard.shared.NavigationItem("Deadline calendar", "/calendar", 1, io.safeguard.shared.Permission.VIEW);
    }
}

package io.safeguard.vendor;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VendorNavigation {
    @Bean
    NavigationItem vendorsPage() {
        return new NavigationItem("Vendors and BAAs", "/vendors", 30, Permission.VIEW);
    }
}

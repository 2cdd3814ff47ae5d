package io.safeguard.imports;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {
    @Bean
    NavigationItem importsPage() {
        return new NavigationItem("Import CSV", "/imports", 80, Permission.EDIT);
    }
}

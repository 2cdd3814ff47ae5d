package io.safeguard.inventory;

import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryNavigation {
    @Bean
    NavigationItem inventoryPage() {
        return new NavigationItem("Inventory", "/inventory", 20, Permission.VIEW);
    }

    @Bean
    NavigationItem dataFlowsPage() {
        return new NavigationItem("Data flows", "/inventory/flows", 21, Permission.VIEW);
    }
}

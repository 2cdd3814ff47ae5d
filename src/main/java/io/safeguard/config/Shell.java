package io.safeguard.config;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.organization.PortfolioEntry;
import io.safeguard.shared.NavigationItem;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page layout needs: the signed-in account, the tenant switcher's list, the current organization, and how
 * many invitations wait for the account's answer.
 */
public record Shell(
        AccountPrincipal account, List<PortfolioEntry> portfolio, @Nullable TenantScope scope, long idleSeconds,
        List<NavigationItem> navigation, int invitations) {

    /** The side navigation entries the caller's role may see. */
    public List<NavigationItem> menu() {
        return scope == null ? List.of() : navigation.stream().filter(item -> scope.can(item.requires())).toList();
    }

    public @Nullable PortfolioEntry current() {
        if (scope == null) {
            return null;
        }
        return portfolio.stream().filter(e -> e.organization().id().equals(scope.tenantId())).findFirst().orElse(null);
    }

    public String organizationName(TenantId tenant) {
        return portfolio.stream().filter(e -> e.organization().id().equals(tenant)).findFirst()
                .map(e -> e.organization().name()).orElse(tenant.toString());
    }

    public boolean can(String permission) {
        return scope != null && scope.can(Permission.valueOf(permission));
    }
}

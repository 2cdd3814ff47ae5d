package io.safeguard.config;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.Invitations;
import io.safeguard.identity.SignInProperties;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.NavigationItem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import io.safeguard.identity.Authorities;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link Shell} to every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {
    private final Organizations organizations;
    private final Invitations invitations;
    private final SignInProperties signIn;
    private final List<NavigationItem> navigation;

    ShellModel(Organizations organizations, Invitations invitations, SignInProperties signIn,
            List<NavigationItem> navigation) {
        this.organizations = organizations;
        this.invitations = invitations;
        this.signIn = signIn;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@Nullable Authentication auth, HttpServletRequest request) {
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal account)
                || auth.getAuthorities().stream().noneMatch(a -> Authorities.ACCOUNT.equals(a.getAuthority()))
                || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        TenantScope scope = request.getAttribute(TenantScopeResolver.ATTRIBUTE) instanceof TenantScope s ? s : null;
        return new Shell(account, organizations.portfolio(account.id()), scope, signIn.idleTimeout().toSeconds(), navigation,
                invitations.pending(account.id()).size());
    }
}

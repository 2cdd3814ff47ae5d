package io.safeguard.config;

import io.safeguard.identity.Authorities;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.Permission;
import io.safeguard.shared.ReadOnlyRequest;
import io.safeguard.shared.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every handler under a tenant URL: the caller must be a member (else 404), a change needs
 * {@link Permission#EDIT} (an auditor gets 403 whatever the page; a POST marked {@link ReadOnlyRequest} is not a
 * change), and an organization that requires multi-factor
 * sign-in is closed to a session that has not verified a TOTP code.
 */
@Component
class TenantGuardInterceptor implements HandlerInterceptor {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final TenantScopeResolver resolver;
    private final TenantAccess access;

    TenantGuardInterceptor(TenantScopeResolver resolver, TenantAccess access) {
        this.resolver = resolver;
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod)) {
            return true; // no page here: the resource handler answers 404
        }
        TenantScope scope = resolver.resolve(request);
        boolean readOnly = SAFE_METHODS.contains(request.getMethod()) || ((HandlerMethod) handler).hasMethodAnnotation(ReadOnlyRequest.class);
        if (!readOnly && !scope.can(Permission.EDIT)) {
            throw new AccessDenied("your role (" + scope.role().label() + ") is read-only in this organization");
        }
        if (isSession() && !hasMfa() && access.mfaRequired(scope.tenantId())) {
            response.sendRedirect(request.getContextPath() + "/account/security?required");
            return false;
        }
        return true;
    }

    private static boolean isSession() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().noneMatch(a -> Authorities.API.equals(a.getAuthority()));
    }

    private static boolean hasMfa() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> Authorities.MFA.equals(a.getAuthority()));
    }
}

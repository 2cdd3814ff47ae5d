package io.safeguard.config;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.ApiTokenPrincipal;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves the {@link TenantScope} of a request from the {@code {tenantId}} in its URL and the caller's membership.
 * Not a member, or a token for another organization, is answered as "not found" so that ids reveal nothing.
 */
@Component
class TenantScopeResolver {
    static final String ATTRIBUTE = TenantScope.class.getName();
    private final TenantAccess access;

    TenantScopeResolver(TenantAccess access) {
        this.access = access;
    }

    TenantScope resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof TenantScope cached) {
            return cached;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("tenantId");
        if (raw == null) {
            throw new IllegalStateException("no {tenantId} in the mapping of " + request.getRequestURI());
        }
        TenantId tenant = TenantId.parse(raw);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null ? null : auth.getPrincipal();
        TenantScope scope = switch (principal) {
            case AccountPrincipal account -> access.scopeOf(account.id(), tenant).orElseThrow(() -> new NotFound("organization", tenant));
            case ApiTokenPrincipal token when token.tenantId().equals(tenant) ->
                    new TenantScope(tenant, token.accountId(), token.role());
            case null, default -> throw new NotFound("organization", tenant);
        };
        request.setAttribute(ATTRIBUTE, scope);
        return scope;
    }
}

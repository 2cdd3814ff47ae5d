package io.safeguard.config;

import io.safeguard.identity.ApiTokenPrincipal;
import io.safeguard.identity.ApiTokens;
import io.safeguard.identity.Authorities;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer sgt_...} on the API chain; anything else stays anonymous (then 401). */
@Component
class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokenPrincipal> principal = tokens.authenticate(header.substring(7).trim());
            principal.ifPresent(p -> {
                var auth = UsernamePasswordAuthenticationToken.authenticated(p, null,
                        List.of(new SimpleGrantedAuthority(Authorities.API)));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}

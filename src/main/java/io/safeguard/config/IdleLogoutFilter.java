package io.safeguard.config;

import io.safeguard.identity.SignInProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Automatic logoff, 164.312(a)(2)(iii): a signed-in session that has been idle longer than the configured timeout is
 * ended at its next request. Measured with the injected clock, so the rule is tested at its boundary.
 */
@Component
class IdleLogoutFilter extends OncePerRequestFilter {
    static final String LAST_SEEN = IdleLogoutFilter.class.getName() + ".lastSeen";
    private final Clock clock;
    private final SignInProperties properties;

    IdleLogoutFilter(Clock clock, SignInProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Instant now = clock.instant();
        if (session != null && signedIn(session) && !isStatic(request)) {
            if (session.getAttribute(LAST_SEEN) instanceof Instant lastSeen
                    && lastSeen.plus(properties.idleTimeout()).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?timeout");
                return;
            }
            session.setAttribute(LAST_SEEN, now);
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/");
    }
}

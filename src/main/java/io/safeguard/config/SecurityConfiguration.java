package io.safeguard.config;

import io.safeguard.identity.Authorities;
import io.safeguard.identity.SignInThrottled;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * Two filter chains: the REST API (bearer tokens, stateless, no cookies so no CSRF) and the web pages (form sign-in
 * with a TOTP second step, CSRF tokens on every form, idle logoff, strict security headers).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The chains below own these filters; Boot must not also register them for every request. */
    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdleLogoutFilter> idleLogoutFilterRegistration(IdleLogoutFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenFilter tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(tokens, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(Authorities.API))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response, 401,
                                "Authentication required", "Send an API token: Authorization: Bearer sgt_..."))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, 403,
                                "Forbidden", "This token may not do that.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, IdleLogoutFilter idleLogout)
            throws Exception {
        var afterPassword = new SavedRequestAwareAuthenticationSuccessHandler();
        // PasswordSignIn is the global AuthenticationManager's only provider (a bean); adding it here as well would
        // make a failed password count twice.
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/setup", "/invite/**", "/error", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/login/totp").hasAuthority(Authorities.MFA_PENDING)
                        // Platform administration reaches every organization's trail and creates organizations:
                        // always behind a verified second factor (164.312(d)), whatever an organization requires.
                        .requestMatchers("/admin/**").hasAllAuthorities(Authorities.PLATFORM_ADMIN, Authorities.MFA)
                        .anyRequest().hasAuthority(Authorities.ACCOUNT))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler((request, response, auth) -> {
                            boolean pending = auth.getAuthorities().stream()
                                    .anyMatch(a -> Authorities.MFA_PENDING.equals(a.getAuthority()));
                            if (pending) {
                                response.sendRedirect(request.getContextPath() + "/login/totp");
                            } else {
                                afterPassword.onAuthenticationSuccess(request, response, auth);
                            }
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + switch (e) {
                                    case LockedException locked -> "/login?locked";
                                    case SignInThrottled throttled -> "/login?throttled";
                                    default -> "/login?error";
                                })))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(idleLogout, SecurityContextHolderAwareRequestFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
                    if (holds(auth, Authorities.MFA_PENDING)) {
                        response.sendRedirect(request.getContextPath() + "/login/totp");
                    } else if (holds(auth, Authorities.PLATFORM_ADMIN) && !holds(auth, Authorities.MFA)) {
                        // A platform administrator without a verified code: turn on (or sign in with) two-step sign-in.
                        response.sendRedirect(request.getContextPath() + "/account/security?required");
                    } else {
                        new AccessDeniedHandlerImpl().handle(request, response, e);
                    }
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static boolean holds(org.springframework.security.core.@Nullable Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}

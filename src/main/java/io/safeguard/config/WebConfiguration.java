package io.safeguard.config;

import io.safeguard.shared.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every URL under {@code /t/{tenantId}} and {@code /api/v1/tenants/{tenantId}} passes the tenant guard. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    static final String[] TENANT_PATHS = {"/t/{tenantId}", "/t/{tenantId}/**", "/api/v1/tenants/{tenantId}", "/api/v1/tenants/{tenantId}/**"};
    private final TenantGuardInterceptor guard;
    private final TenantScopeResolver resolver;

    WebConfiguration(TenantGuardInterceptor guard, TenantScopeResolver resolver) {
        this.guard = guard;
        this.resolver = resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).addPathPatterns(TENANT_PATHS);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == TenantScope.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return resolver.resolve(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }
}

package vn.thiduaflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP security of the two APIs, {@code /engine-rest/*} (Camunda's REST API) and {@code /api/*} (the project's), with
 * Camunda's own filters: HTTP Basic against the engine's identity service ({@link ProcessEngineAuthenticationFilter}:
 * no or wrong credentials → 401, otherwise the request runs as that user with Camunda authorizations applied) and the
 * webapps' security headers ({@link HttpHeaderSecurityFilter}: Content-Security-Policy, X-Content-Type-Options,
 * X-XSS-Protection, and HSTS when {@code thiduaflow.http.hsts} is on). Oversized bodies are refused first
 * ({@link RequestSizeLimitFilter}). The webapps (Tasklist, Cockpit, Admin) keep their own session login, CSRF
 * protection and headers, configured under {@code camunda.bpm.webapp.*}.
 */
@Configuration
class HttpSecurityConfiguration {

  static final String[] API_PATHS = {"/engine-rest/*", "/api/*"};

  @Bean
  FilterRegistrationBean<Filter> apiHeaderSecurityFilter(@Value("${thiduaflow.http.hsts:false}") boolean hsts) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
    bean.setName("thiduaflow-api-header-security");
    bean.addUrlPatterns(API_PATHS);
    bean.addInitParameter("contentSecurityPolicyValue", "default-src 'none'; frame-ancestors 'none'");
    bean.addInitParameter("hstsDisabled", Boolean.toString(!hsts));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }

  @Bean
  FilterRegistrationBean<Filter> apiRequestSizeLimitFilter(RequestSizeLimitFilter filter) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
    bean.setName("thiduaflow-api-size-limit");
    bean.addUrlPatterns(API_PATHS);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return bean;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter() {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    bean.setName("thiduaflow-api-authentication");
    bean.addUrlPatterns(API_PATHS);
    bean.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    bean.setAsyncSupported(true);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return bean;
  }
}

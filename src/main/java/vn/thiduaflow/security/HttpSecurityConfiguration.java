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
 * ({@link RequestSizeLimitFilter}); wrong passwords slow further attempts, per user and per source address, on the APIs and
 * the webapps' login ({@link LoginThrottleFilter}). The webapps (Tasklist, Cockpit, Admin) keep their own session login, CSRF
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

  /** Wrong passwords on the APIs' HTTP Basic slow further attempts ({@link LoginThrottle}), before they are checked. */
  @Bean
  FilterRegistrationBean<Filter> apiLoginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, false));
    bean.setName("thiduaflow-api-login-throttle");
    bean.addUrlPatterns(API_PATHS);
    bean.setAsyncSupported(true);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return bean;
  }

  /** The same for the webapps' login form (Tasklist, Cockpit, Admin: {@code …/auth/user/{engine}/login/{app}}). */
  @Bean
  FilterRegistrationBean<Filter> webappLoginThrottleFilter(LoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, true));
    bean.setName("thiduaflow-webapp-login-throttle");
    bean.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return bean;
  }

  /** Referrer-Policy everywhere, Cache-Control: no-store on every API answer ({@link NoStoreHeadersFilter}). */
  @Bean
  FilterRegistrationBean<Filter> noStoreHeadersFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new NoStoreHeadersFilter(webappPath));
    bean.setName("thiduaflow-no-store-headers");
    bean.addUrlPatterns("/*");
    bean.setAsyncSupported(true);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return bean;
  }

  /** A webapp request without the CSRF token is refused without ending the session ({@link CsrfSessionGuard}). */
  @Bean
  FilterRegistrationBean<Filter> csrfSessionGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new CsrfSessionGuard());
    bean.setName("thiduaflow-csrf-session-guard");
    bean.addUrlPatterns(webappPath + "/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 26);
    return bean;
  }

  /** The Admin webapp's first-run setup, closed once there is any user ({@link AdminSetupGuard}). */
  @Bean
  FilterRegistrationBean<Filter> adminSetupGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${camunda.bpm.admin-user.id:}") String configuredAdmin,
      org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.IdentityService> identity) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new AdminSetupGuard(() ->
        configuredAdmin.isBlank() && identity.getObject().createUserQuery().count() == 0));
    bean.setName("thiduaflow-admin-setup-guard");
    bean.addUrlPatterns(webappPath + "/api/admin/setup/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 27);
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

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
  /** The public disclosure page and its answers (no login). */
  static final String[] PUBLIC_PATHS = {"/public/*", "/cong-khai/*"};

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
    return registration(filter, "thiduaflow-api-size-limit", 20, API_PATHS);
  }

  /**
   * The public disclosure's answers ({@code /public/*}, no login, issue 24): the same body size limit and security
   * headers as the APIs, and no authentication.
   */
  @Bean
  FilterRegistrationBean<Filter> publicRequestSizeLimitFilter(RequestSizeLimitFilter filter) {
    return registration(filter, "thiduaflow-public-size-limit", 20, PUBLIC_PATHS);
  }

  @Bean
  FilterRegistrationBean<Filter> publicHeaderSecurityFilter(@Value("${thiduaflow.http.hsts:false}") boolean hsts) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
    bean.setName("thiduaflow-public-header-security");
    bean.addUrlPatterns(PUBLIC_PATHS);
    bean.addInitParameter("contentSecurityPolicyValue", "default-src 'self'; frame-ancestors 'none'");
    bean.addInitParameter("hstsDisabled", Boolean.toString(!hsts));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }

  /** Wrong passwords on the APIs' HTTP Basic slow further attempts ({@link LoginThrottle}), before they are checked. */
  @Bean
  FilterRegistrationBean<Filter> apiLoginThrottleFilter(LoginThrottle throttle) {
    return registration(new LoginThrottleFilter(throttle, false), "thiduaflow-api-login-throttle", 25, API_PATHS);
  }

  /** The same for the webapps' login form (Tasklist, Cockpit, Admin: {@code …/auth/user/{engine}/login/{app}}). */
  @Bean
  FilterRegistrationBean<Filter> webappLoginThrottleFilter(LoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return registration(new LoginThrottleFilter(throttle, true), "thiduaflow-webapp-login-throttle", 25,
        webappPath + "/api/admin/auth/user/*");
  }

  /** Referrer-Policy everywhere, Cache-Control: no-store on every API answer ({@link NoStoreHeadersFilter}). */
  @Bean
  FilterRegistrationBean<Filter> noStoreHeadersFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return registration(new NoStoreHeadersFilter(webappPath), "thiduaflow-no-store-headers", 5, "/*");
  }

  /** A webapp request without the CSRF token is refused without ending the session ({@link CsrfSessionGuard}). */
  @Bean
  FilterRegistrationBean<Filter> csrfSessionGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return registration(new CsrfSessionGuard(), "thiduaflow-csrf-session-guard", 26, webappPath + "/*");
  }

  /** The Admin webapp's first-run setup, closed once there is any user ({@link AdminSetupGuard}). */
  @Bean
  FilterRegistrationBean<Filter> adminSetupGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${camunda.bpm.admin-user.id:}") String configuredAdmin,
      org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.IdentityService> identity) {
    return registration(new AdminSetupGuard(() -> configuredAdmin.isBlank()
        && identity.getObject().createUserQuery().count() == 0), "thiduaflow-admin-setup-guard", 27,
        webappPath + "/api/admin/setup/*");
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

  /**
   * A user whose password someone else gave changes it before anything else ({@link FirstPasswordChangeFilter}): on
   * the webapps (after their session is read) and on the APIs (after HTTP Basic authenticated the caller).
   */
  @Bean
  FilterRegistrationBean<Filter> firstPasswordChangeFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.IdentityService> identity) {
    java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of(API_PATHS));
    paths.add(webappPath + "/*");
    return registration(new FirstPasswordChangeFilter(webappPath, identity::getObject),
        "thiduaflow-first-password-change", 40, paths.toArray(String[]::new));
  }

  /** A filter registration: name, order after {@link Ordered#HIGHEST_PRECEDENCE}, URL patterns, async allowed. */
  private static FilterRegistrationBean<Filter> registration(Filter filter, String name, int order, String... paths) {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
    bean.setName(name);
    bean.addUrlPatterns(paths);
    bean.setAsyncSupported(true);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + order);
    return bean;
  }
}

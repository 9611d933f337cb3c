package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep what officials read out of caches and other sites' logs: {@code Referrer-Policy: same-origin} on
 * every answer (no address of a task or instance leaves the site in a Referer header), and, on the APIs and the
 * webapps' own API ({@code /engine-rest}, {@code /api}, {@code /camunda/api}: JSON and downloaded documents),
 * {@code Cache-Control: no-store} so no browser or proxy keeps a nominee list or a task. The webapps' static files
 * keep Camunda's own caching.
 */
class NoStoreHeadersFilter extends OncePerRequestFilter {

  private final String webappApiPrefix;

  /** @param webappPath the webapps' path ({@code camunda.bpm.webapp.application-path}, default /camunda) */
  NoStoreHeadersFilter(String webappPath) {
    this.webappApiPrefix = webappPath + "/api/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", "same-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/") || path.startsWith("/api/") || path.startsWith(webappApiPrefix)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }
}

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
      chain.doFilter(request, new NoStore(response)); // Camunda's REST API would set its own "no-cache"
      return;
    }
    chain.doFilter(request, response);
  }

  /** A response whose Cache-Control and Pragma stay as set here. */
  private static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    private static boolean kept(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name)
          || "Expires".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!kept(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!kept(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!kept(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!kept(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}

package vn.thiduaflow.system.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduaflow.system.Problems;

/**
 * Outermost filter of every request: a request that fails because the database is away — including in the filters
 * before any controller, such as the login check against Camunda's identity service — is answered 503 problem+json with
 * Retry-After ({@link DatabaseOutage}), not a 500 page. Other failures pass through unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("{} {}: database unreachable, answered 503 ({})", request.getMethod(), request.getRequestURI(),
          e.toString());
      response.resetBuffer();
      response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      Problems.write(response, 503, DatabaseOutage.problem());
    }
  }
}

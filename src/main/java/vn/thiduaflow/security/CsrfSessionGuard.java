package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduaflow.system.Problems;

/**
 * Refuses a webapp request that changes something without the session's CSRF token, <em>without ending the
 * session</em>. Camunda's {@code CsrfPreventionFilter} (7.24) invalidates the session whenever a POST, PUT or DELETE
 * comes without the right {@code X-XSRF-TOKEN} header, so any page a logged-in official visits could log them out of
 * Tasklist by making their browser send one form to it (the login form too). This filter runs before Camunda's: a
 * request that changes something, comes with a session, and lacks that session's token (missing, wrong, or the session
 * has none yet) is answered 403 problem+json here (with Camunda's {@code X-XSRF-TOKEN: Required} when the header is
 * missing) and the session stays. Requests with the right token, and requests without a session (nothing to lose),
 * go on to Camunda's filter unchanged.
 */
class CsrfSessionGuard extends OncePerRequestFilter {

  /** Camunda's names (org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants). */
  static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = SAFE.contains(request.getMethod()) ? null : request.getSession(false);
    if (session != null) {
      Object expected = session.getAttribute(SESSION_TOKEN);
      String sent = request.getHeader(HEADER);
      if (!(expected instanceof String token) || token.isBlank() || sent == null || !MessageDigest.isEqual(
          token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
        if (sent == null || sent.isBlank()) {
          response.setHeader(HEADER, "Required");
        }
        Problems.write(response, 403, Problems.of(403, "urn:thiduaflow:csrf-token", "Yêu cầu thiếu hoặc sai mã chống"
            + " giả mạo (CSRF); không có gì thay đổi, phiên đăng nhập vẫn giữ / The request lacks the right CSRF token;"
            + " nothing changed, the session stays"));
        return;
      }
    }
    chain.doFilter(request, response);
  }

}

package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduaflow.system.Problems;

/**
 * Closes the Admin webapp's first-run setup ({@code …/api/admin/setup/{engine}/user/create}) once it has no purpose
 * (CVE-2026-77226, SECURITY.md). Camunda 7.24.0 offers it to anyone, without a login, whenever the group
 * {@code camunda-admin} has no direct member — even when administrators exist by other grants — so a stranger could
 * create an administrator. Here it answers 404 whenever the administrator comes from configuration
 * ({@code camunda.bpm.admin-user}, as in the prod and demo profiles) or any user exists at all: first-run setup is only
 * for an engine with no user yet.
 */
class AdminSetupGuard extends OncePerRequestFilter {

  private final BooleanSupplier setupAllowed;

  /** @param setupAllowed whether the engine still needs its first administrator (checked per request) */
  AdminSetupGuard(BooleanSupplier setupAllowed) {
    this.setupAllowed = setupAllowed;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (setupAllowed.getAsBoolean()) {
      chain.doFilter(request, response);
      return;
    }
    Problems.write(response, 404, Problems.of(404, "urn:thiduaflow:not-found", "Không còn trang thiết lập ban đầu:"
        + " đã có người dùng quản trị / No first-run setup: the engine already has its users"));
  }
}

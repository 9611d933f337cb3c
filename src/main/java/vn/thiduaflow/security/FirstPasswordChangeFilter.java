package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Keeps a user whose password was given by someone else ({@link FirstPasswordChange}) out of everything but changing
 * it: on the webapps' API and on {@code /engine-rest} and {@code /api} the answer is 403 problem+json saying so in
 * Vietnamese; the Tasklist, Cockpit and Admin pages send the browser to Camunda's Welcome page, whose profile form
 * changes the password (it asks for the current one). Allowed meanwhile: the webapps' login, logout and who-am-I
 * ({@code /api/admin/auth/}), the engine list, the user's own profile and credentials, the password policy.
 */
class FirstPasswordChangeFilter extends HttpFilter {

  static final String TYPE = "urn:thiduaflow:password-change-required";
  private static final String MESSAGE = "Lần đăng nhập đầu tiên: mật khẩu do quản trị viên cấp phải được đổi trước khi"
      + " làm việc. Vào Trang chào mừng › Hồ sơ để đổi mật khẩu. / First login: change the password the administrator"
      + " gave before working (Welcome › Profile).";

  private final String webappPath;
  private final Supplier<IdentityService> identity;
  private final Pattern allowed;

  FirstPasswordChangeFilter(String webappPath, Supplier<IdentityService> identity) {
    this.webappPath = webappPath;
    this.identity = identity;
    String w = Pattern.quote(webappPath);
    this.allowed = Pattern.compile(w + "/api/admin/auth/.*|" + w + "/api/engine/engine/?|" + w
        + "/api/engine/engine/[^/]+/(user/(?<user>[^/]+)/(profile|credentials)|identity/password-policy)|"
        + "/engine-rest/(user/(?<restuser>[^/]+)/(profile|credentials)|identity/password-policy)");
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String user = userOf(request, path);
    if (user == null || !FirstPasswordChange.required(identity.get(), user)) {
      chain.doFilter(request, response);
      return;
    }
    var m = allowed.matcher(path);
    if (m.matches() && ownPath(m, user)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith(webappPath + "/app/") && !path.startsWith(webappPath + "/app/welcome/")
        && "GET".equals(request.getMethod()) && path.endsWith("/")) {
      response.sendRedirect(request.getContextPath() + webappPath + "/app/welcome/default/#!/welcome");
      return;
    }
    if (path.startsWith(webappPath + "/app/")) {
      chain.doFilter(request, response); // the apps' scripts and styles
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"" + TYPE + "\",\"title\":\"Cần đổi mật khẩu / Password change "
        + "required\",\"status\":403,\"detail\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static boolean ownPath(java.util.regex.Matcher m, String user) {
    String named = m.group("user") != null ? m.group("user") : m.group("restuser");
    return named == null || java.net.URLDecoder.decode(named, StandardCharsets.UTF_8).equals(user);
  }

  /** The webapps' session user, or on the APIs the user the engine authenticated for this request. */
  private String userOf(HttpServletRequest request, String path) {
    if (path.startsWith(webappPath + "/")) {
      var session = request.getSession(false);
      if (session == null) {
        return null;
      }
      var auths = AuthenticationUtil.getAuthsFromSession(session);
      return auths == null ? null : auths.getAuthentications().stream().filter(UserAuthentication.class::isInstance)
          .map(a -> a.getIdentityId()).findFirst().orElse(null);
    }
    var current = identity.get().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}

package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduaflow.system.Problems;

/**
 * Answers a login that must wait with 429 problem+json and {@code Retry-After} (seconds), before its password is
 * looked at: HTTP Basic on {@code /engine-rest/*} and {@code /api/*}, and the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, parameters {@code username}, {@code password}).
 * It only reads the {@link LoginThrottle}; the attempts are counted, and waits enforced for every other way a password
 * is checked, by {@link PasswordCheckThrottle} inside the engine, so a request this filter cannot read still waits
 * (answered as a wrong password). The source address is the request's remote address (behind a reverse proxy,
 * configure {@code server.tomcat.remoteip.internal-proxies} so that it is the client's, README "Security").
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  /** Longest user name kept as a key; Camunda's ids are at most 255 characters. */
  private static final int MAX_USER = 255;
  /** Largest login form read (bytes); a user name and a password fit many times over. */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private final LoginThrottle throttle;
  private final boolean webappLogin;

  /**
   * @param webappLogin true for the webapps' login resource (user in the form), false for HTTP Basic
   */
  LoginThrottleFilter(LoginThrottle throttle, boolean webappLogin) {
    this.throttle = throttle;
    this.webappLogin = webappLogin;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (webappLogin) {
      // the login form's body is read here to learn the user, then handed on unchanged (reading it as request
      // parameters would leave Jersey, which reads the form after us, a consumed body)
      byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        Problems.write(response, 413, Problems.of(413, "urn:thiduaflow:payload-too-large",
            "Biểu mẫu đăng nhập quá lớn / The login form is too large"));
        return;
      }
      request = new ReplayedBody(request, body);
    }
    String user = webappLogin ? formUser(request) : basicUser(request.getHeader("Authorization"));
    if (user == null) {
      inRequestContext(request, response, chain);
      return;
    }
    String address = LoginThrottle.addressKey(request.getRemoteAddr());
    var wait = throttle.waitBefore(user, address);
    if (wait.isPresent()) {
      long seconds = LoginThrottle.seconds(wait.get().remaining());
      LOG.warn("Login attempt for '{}' from {} refused: {} more seconds to wait ({})", printable(user), address,
          seconds, wait.get().key());
      response.setHeader("Retry-After", Long.toString(seconds));
      Map<String, Object> problem = Problems.of(429, "urn:thiduaflow:too-many-login-attempts", "Đã nhập sai mật khẩu"
          + " nhiều lần; hãy thử lại sau " + seconds + " giây. Mật khẩu chưa được kiểm tra / Too many wrong passwords;"
          + " try again in " + seconds + " seconds. The password was not checked");
      problem.put("retryAfterSeconds", seconds);
      Problems.write(response, 429, problem);
      return;
    }
    inRequestContext(request, response, chain);
  }

  /**
   * Runs the rest of the chain with Spring's request context bound, where {@link PasswordCheckThrottle} reads the
   * client's address (Camunda's authentication filter runs before Spring's own RequestContextFilter binds it).
   */
  private static void inRequestContext(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean bound = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
    if (bound) {
      org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
          new org.springframework.web.context.request.ServletRequestAttributes(request, response));
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (bound) {
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
      }
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return webappLogin && (!"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/"));
  }

  private static String formUser(HttpServletRequest request) throws IOException {
    String form = new String(((ReplayedBody) request).body, StandardCharsets.UTF_8);
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("username")) {
        try {
          String user = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          return user.isEmpty() ? null : bounded(user);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
      }
    }
    return null;
  }

  /** A request whose body, already read, is read again from memory. */
  private static final class ReplayedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() {
      java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
      return new jakarta.servlet.ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          throw new UnsupportedOperationException("the login form is read synchronously");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }

  /** The user name of an HTTP Basic header, or null when there is none or it cannot be read. */
  static String basicUser(String header) {
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : bounded(decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static String bounded(String user) {
    return user.length() > MAX_USER ? user.substring(0, MAX_USER) : user;
  }

  private static String printable(String user) {
    return user.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
  }
}

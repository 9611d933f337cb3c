package vn.thiduaflow.security;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.conference.UnitAccess;

/**
 * The administrator's view of the {@link LoginThrottle} of this node: who must wait before their next login attempt,
 * and a way to let them in at once. Only for group {@code camunda-admin}; anyone else gets 403.
 * <ul>
 *   <li>{@code GET /api/security/login-delays}: the waiting keys (kind, key, failures, seconds to wait);</li>
 *   <li>{@code DELETE /api/security/login-delays?user=…&address=…}: forget a user's failures (from every address),
 *       an address's, or, with neither, all; answers how many keys were forgotten.</li>
 * </ul>
 */
@RestController
@RequestMapping(path = "/api/security/login-delays", produces = "application/json")
class LoginDelayController {

  private final LoginThrottle throttle;
  private final UnitAccess access;

  LoginDelayController(LoginThrottle throttle, UnitAccess access) {
    this.throttle = throttle;
    this.access = access;
  }

  @GetMapping
  List<Map<String, Object>> waiting() {
    requireAdministrator();
    return throttle.waiting();
  }

  @DeleteMapping
  Map<String, Object> clear(@RequestParam(required = false) String user,
      @RequestParam(required = false) String address) {
    requireAdministrator();
    return Map.of("forgotten", throttle.clear(blankToNull(user), blankToNull(address)));
  }

  private void requireAdministrator() {
    if (!access.isAdministrator()) {
      throw new UnitAccess.ForbiddenException(access.userId(), "giới hạn đăng nhập", "login delays");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

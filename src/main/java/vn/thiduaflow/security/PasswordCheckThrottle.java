package vn.thiduaflow.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@link LoginThrottle} where Camunda checks every password: an engine plugin around Camunda's
 * {@code CheckPassword} command, which HTTP Basic on both APIs, the webapps' login form, {@code identity/verify} and
 * the Admin webapp's password changes all go through. During an HTTP request (the client's address from Spring's
 * {@link RequestContextHolder}) each check is first an {@link LoginThrottle#attempt}: while a key must wait, the
 * password is not checked and the answer is "wrong"; otherwise the attempt is counted as a failure before the check
 * and taken back if the password was right. Checks outside a request (start-up, tests driving the engine) pass
 * unthrottled. {@link LoginThrottleFilter} answers the same waits earlier, with 429 and Retry-After, where it can read
 * the user from the request.
 */
@Component
public class PasswordCheckThrottle extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordCheckThrottle.class);
  private static final Field USER = EngineCommands.field(CheckPassword.class, "userId", PasswordCheckThrottle.class);

  private final LoginThrottle throttle;

  PasswordCheckThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommands.intercept(configuration, new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        if (!(command instanceof CheckPassword)) {
          return next.execute(command);
        }
        String user = user(command);
        String address = clientAddress();
        if (user == null || address == null) {
          return next.execute(command);
        }
        var wait = throttle.attempt(user, address);
        if (wait.isPresent()) {
          LOG.warn("Password of '{}' from {} not checked: {} more seconds to wait ({})",
              user.replaceAll("[^\\p{L}\\p{N}._@-]", "?"), address, LoginThrottle.seconds(wait.get().remaining()),
              wait.get().key());
          return (T) Boolean.FALSE;
        }
        T right;
        try {
          right = next.execute(command);
        } catch (RuntimeException notChecked) {
          throttle.notChecked(user, address); // e.g. the database away: no password was found wrong
          throw notChecked;
        }
        if (Boolean.TRUE.equals(right)) {
          throttle.succeeded(user, address);
        }
        return right;
      }
    });
  }

  private static String user(Command<?> command) {
    Object user = EngineCommands.read(USER, command);
    return user == null ? null : user.toString();
  }

  /** The client's address (its /64 for IPv6) of the HTTP request this thread serves, or null outside a request. */
  static String clientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? LoginThrottle.addressKey(request.getRequest().getRemoteAddr()) : null;
  }
}

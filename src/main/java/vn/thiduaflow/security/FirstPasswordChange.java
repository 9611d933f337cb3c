package vn.thiduaflow.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * A password someone else gave must be changed at the first login (issue 20: "first login forces a password change").
 * A Camunda process engine plugin: when a user's password is set by another authenticated user — the administrator
 * creating the user or giving a first or new password in Camunda Admin, or over {@code /engine-rest/user} — the user
 * gets the Camunda user info {@value #KEY} = {@code true}; when users change their own password (Camunda Welcome ›
 * profile, which asks for the current one) it is removed. Passwords set by the application itself at start-up (the
 * configured administrator, the demo's accounts) carry no mark. {@link FirstPasswordChangeFilter} keeps a marked user
 * out of everything but changing the password.
 */
@Component
public class FirstPasswordChange extends AbstractProcessEnginePlugin {

  /** The Camunda user info key of the mark. */
  public static final String KEY = "thiduaflow.passwordChangeRequired";
  private static final Field USER = EngineCommands.field(SaveUserCmd.class, "user", FirstPasswordChange.class);
  private static final Field NEW_PASSWORD = EngineCommands.field(UserEntity.class, "newPassword",
      FirstPasswordChange.class);

  private volatile org.camunda.bpm.engine.IdentityService identity;
  private volatile ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    EngineCommands.intercept(configuration, new Interceptor());
  }

  @Override
  public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
    this.identity = engine.getIdentityService();
  }

  /** Whether the user must change the password before working (the mark is set). */
  public static boolean required(org.camunda.bpm.engine.IdentityService identity, String userId) {
    return "true".equals(identity.getUserInfo(userId, KEY));
  }

  /** Marks or clears after a password was saved; sees every command before the engine's own interceptors. */
  final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof SaveUserCmd save)
          || !(EngineCommands.read(USER, save) instanceof UserEntity user) || !user.hasNewPassword()) {
        return next.execute(command);
      }
      if (identity != null && configuration.isEnablePasswordPolicy() && configuration.getPasswordPolicy() != null) {
        refuseAgainstPolicy(identity, user);
      }
      T result = next.execute(command);
      if (identity != null) {
        mark(identity, user);
      }
      return result;
    }
  }

  /**
   * A password that breaks Camunda's policy is refused as bad input (400 naming what is missing, in Vietnamese)
   * rather than the engine's "Password does not match policy" (500). Called only while the policy is on.
   */
  private static void refuseAgainstPolicy(org.camunda.bpm.engine.IdentityService identity, UserEntity user) {
    Object password = EngineCommands.read(NEW_PASSWORD, user);
    if (!(password instanceof String text)) {
      return;
    }
    var result = identity.checkPasswordAgainstPolicy(text, user);
    if (result.isValid()) {
      return;
    }
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (var rule : result.getViolatedRules()) {
      var p = rule.getParameters();
      missing.add(switch (rule.getPlaceholder()) {
        case "PASSWORD_POLICY_LENGTH" -> "ít nhất " + p.get("minLength") + " ký tự";
        case "PASSWORD_POLICY_LOWERCASE" -> "ít nhất " + p.get("minLowerCase") + " chữ thường";
        case "PASSWORD_POLICY_UPPERCASE" -> "ít nhất " + p.get("minUpperCase") + " chữ hoa";
        case "PASSWORD_POLICY_DIGIT" -> "ít nhất " + p.get("minDigit") + " chữ số";
        case "PASSWORD_POLICY_SPECIAL" -> "ít nhất " + p.get("minSpecial") + " ký tự đặc biệt";
        case "PASSWORD_POLICY_USER_DATA" -> "không chứa tên đăng nhập, họ tên hay thư điện tử";
        default -> rule.getPlaceholder();
      });
    }
    throw new vn.thiduaflow.system.InvalidInputException("password", "Mật khẩu chưa đạt chính sách mật khẩu: cần "
        + String.join(", ", missing), "the password breaks Camunda's password policy: "
        + String.join(", ", result.getViolatedRules().stream().map(r -> r.getPlaceholder()).toList()));
  }

  private static void mark(org.camunda.bpm.engine.IdentityService identity, User user) {
    Authentication actor = identity.getCurrentAuthentication();
    if (actor == null) {
      return; // the application itself (start-up, demo accounts): no mark
    }
    // the mark is the application's bookkeeping: written whatever the actor's own permissions on user infos
    identity.clearAuthentication();
    try {
      if (actor.getUserId().equals(user.getId())) {
        identity.deleteUserInfo(user.getId(), KEY);
      } else {
        identity.setUserInfo(user.getId(), KEY, "true");
      }
    } finally {
      identity.setAuthentication(actor);
    }
  }
}

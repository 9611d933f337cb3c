package vn.thiduaflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The production profile ({@code prod}) refuses to start rather than run with a default password:
 * <ul>
 *   <li>before the engine starts: the demo profile is not active as well; {@code camunda.bpm.admin-user.password}
 *       (THIDUAFLOW_ADMIN_PASSWORD) is set and passes Camunda's default password policy (at least 10 characters with a
 *       lower-case letter, a capital, a digit and a special character, not the user's id or name) and is none of the
 *       known demo passwords;</li>
 *   <li>once the engine is up, before anyone can log in: no demo user exists (users created by the demo or the
 *       simulation carry "dữ liệu mẫu" in their name), and no administrator accepts a known default password.</li>
 * </ul>
 * Each failure stops start-up with {@link UnsafeProductionException} saying what to change. Camunda's password policy
 * is switched on in this profile too, so users created in the Admin webapp need strong passwords.
 */
@Component
@Profile("prod")
public class ProductionSafety extends AbstractProcessEnginePlugin {

  /** Passwords the demo and Camunda's examples use; never accepted in production. */
  static final List<String> KNOWN_DEFAULTS = List.of("thidua-demo", "demo", "admin", "camunda", "password",
      "changeit", "123456");
  /** The mark that demo and sample users carry in their last name. */
  static final String SAMPLE_MARK = "dữ liệu mẫu";

  private final Environment environment;
  private final CamundaBpmProperties camunda;

  ProductionSafety(Environment environment, CamundaBpmProperties camunda) {
    this.environment = environment;
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> problems = new ArrayList<>();
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      problems.add("the demo profile is active together with prod (hồ sơ demo đang bật cùng prod)");
    }
    var admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null) {
      problems.add("camunda.bpm.admin-user.id is not set (THIDUAFLOW_ADMIN_USER)");
    } else {
      problems.addAll(weaknesses(admin.getId(), admin.getPassword()));
    }
    failIf(problems);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    List<String> problems = new ArrayList<>();
    long sample = identity.createUserQuery().userLastNameLike("%" + SAMPLE_MARK + "%").count();
    if (sample > 0) {
      String some = identity.createUserQuery().userLastNameLike("%" + SAMPLE_MARK + "%").listPage(0, 3).stream()
          .map(User::getId).toList().toString();
      problems.add(sample + " demo users exist, e.g. " + some + " (tài khoản mẫu còn tồn tại): delete them in Admin "
          + "or start on a fresh database");
    }
    // the stored hash is compared directly: IdentityService.checkPassword would count each wrong guess as a failed
    // login and lock the administrator out (Camunda locks an account after repeated failures)
    PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getPasswordManager();
    for (User user : identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
      if (!(user instanceof UserEntity stored) || stored.getPassword() == null) {
        continue;
      }
      for (String candidate : candidates(user.getId())) {
        if (passwords.check(EncryptionUtil.saltPassword(candidate, stored.getSalt()), stored.getPassword())) {
          problems.add("administrator " + user.getId() + " still has a default password (mật khẩu mặc định)");
          break;
        }
      }
    }
    failIf(problems);
  }

  /** What is wrong with an administrator's password; empty when it is acceptable. */
  static List<String> weaknesses(String userId, String password) {
    if (password == null || password.isBlank() || password.equals(userId)) {
      return List.of("camunda.bpm.admin-user.password is not set (THIDUAFLOW_ADMIN_PASSWORD; mật khẩu quản trị chưa "
          + "đặt)");
    }
    List<String> problems = new ArrayList<>();
    if (candidates(userId).contains(password)) {
      problems.add("the administrator password is a known default (mật khẩu quản trị là mật khẩu mặc định)");
    }
    UserEntity user = new UserEntity(userId);
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      if (!rule.execute(password, user)) {
        problems.add("the administrator password breaks Camunda's password policy: " + rule.getPlaceholder()
            + " " + rule.getParameters() + " (mật khẩu quản trị yếu)");
      }
    }
    return problems;
  }

  private static List<String> candidates(String userId) {
    List<String> all = new ArrayList<>(KNOWN_DEFAULTS);
    all.add(userId);
    return all;
  }

  private static void failIf(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new UnsafeProductionException(problems);
    }
  }

  /** The production profile found a default or weak credential; the message lists each problem. */
  public static class UnsafeProductionException extends IllegalStateException {
    public UnsafeProductionException(List<String> problems) {
      super("Refusing to start in the prod profile (không khởi động ở chế độ production):\n  - "
          + String.join("\n  - ", problems));
    }
  }
}

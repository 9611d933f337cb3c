package vn.thiduaflow.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * What the engine plugins of this package share to look at a Camunda command before it runs: registering a command
 * interceptor in front of the engine's own ({@code customPreCommandInterceptorsTxRequired}), and reading a field of
 * one of Camunda's command classes, which keep their arguments in fields without getters.
 */
final class EngineCommands {

  private EngineCommands() {}

  /** Adds an interceptor that sees every command before the engine's own interceptors (and its transaction). */
  static void intercept(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /**
   * A field of a Camunda class, made readable.
   *
   * @param user the class that needs it, named in the error
   * @throws IllegalStateException when the field does not exist (Camunda upgraded: the user must be adapted)
   */
  static Field field(Class<?> type, String name, Class<?> user) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
          + " (engine upgraded?): " + user.getSimpleName() + " must be adapted", e);
    }
  }

  /** The value of a field found with {@link #field}. */
  static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

package vn.thiduaflow.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A form refused by a plan rule is the user's to fix, not an error of the application: the engine logs it at DEBUG
 * instead of its ERROR "ENGINE-16004 Exception while closing command context" with a 145-line stack trace. Whatever
 * answers the user logs the refusal itself, in one WARN line (the REST mappers in
 * {@code security.EngineRestConfiguration}). Every other failure is logged by the engine as before.
 *
 * <p>Done with Camunda's extension point for it: the command context factory, whose contexts decide per exception
 * whether it is logged at INFO, DEBUG or ERROR ({@code CommandContext#shouldLogFine}, which already treats
 * {@code BadUserRequestException} this way).
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareCommandContext(processEngineConfiguration);
      }
    };
    factory.setProcessEngineConfiguration(configuration); // the engine sets it only on the factory it makes itself
    configuration.setCommandContextFactory(factory);
  }

  /** Treats a cause chain holding an {@link InvalidInputException} as a user's bad request. */
  static final class RefusalAwareCommandContext extends CommandContext {
    RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      return super.shouldLogFine(exception) || InvalidInputException.in(exception).isPresent();
    }
  }
}

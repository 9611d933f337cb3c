package vn.thiduaflow.security;

import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/…}, Camunda's {@code EngineRestApplication}, which
 * Tasklist submits its forms to) answers a refused form as {@code /engine-rest} does: 400 problem+json whose
 * {@code message} is the Vietnamese sentences and {@code errors} every problem with its field
 * ({@link EngineRestConfiguration.InvalidInputMapper}), instead of Camunda's 500 "Cannot submit task form …: ENGINE-03051
 * There was an exception while invoking the TaskListener …". Camunda builds that application from a fixed class list,
 * so the mappers come in through Jersey's forced auto-discovery ({@code META-INF/services}), only into applications that
 * carry Camunda's own engine exception handlers and not ours yet; {@code @Priority(1)} makes Jersey choose them over
 * Camunda's for the same exception type. Every other error still goes to Camunda's handlers unchanged.
 */
public class WebappRestRefusals implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    var configuration = context.getConfiguration();
    if (configuration.isRegistered(ProcessEngineExceptionHandler.class)
        && !configuration.isRegistered(EngineRestConfiguration.InvalidInputMapper.class)) {
      context.register(EngineRestConfiguration.InvalidInputMapper.class);
      context.register(EngineRestConfiguration.DirectInvalidInputMapper.class);
      context.register(EngineRestConfiguration.RestInvalidInputMapper.class);
    }
  }
}

package vn.thiduaflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.InvalidInputException;

/**
 * Camunda's REST API ({@code /engine-rest}) with one addition: when a form submitted to a task breaks a plan rule (a
 * task listener or delegate threw {@link InvalidInputException}), the answer is 400 problem+json naming the field and
 * the rule in Vietnamese and English, as on the project's own API, instead of the engine's generic 500. Every other
 * error keeps Camunda's documented format. The engine rolls the whole command back, so nothing is half-written.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  /**
   * Camunda's resources and providers, with its ProcessEngineException and RestException mappers replaced by ones that
   * answer a broken plan rule with problem+json and hand everything else back to Camunda's.
   */
  @Override
  protected void registerCamundaRestResources() {
    registerClasses(org.camunda.bpm.engine.rest.impl.CamundaRestResources.getResourceClasses());
    registerClasses(org.camunda.bpm.engine.rest.impl.CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> c != ProcessEngineExceptionHandler.class && c != RestExceptionHandler.class)
        .collect(java.util.stream.Collectors.toSet()));
    register(org.glassfish.jersey.jackson.JacksonFeature.class);
  }

  @Override
  protected void registerAdditionalResources() {
    register(InvalidInputMapper.class);
    register(DirectInvalidInputMapper.class);
    register(RestInvalidInputMapper.class);
  }

  /** Camunda's task resources wrap what a submitted form caused in a RestException (500); unwrap ours. */
  public static class RestInvalidInputMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return InvalidInputException.in(exception).map(InvalidInputMapper::problem)
          .orElseGet(() -> camunda.toResponse(exception));
    }
  }

  /** The same answer when the engine lets the exception through unwrapped. */
  public static class DirectInvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException exception) {
      return InvalidInputMapper.problem(exception);
    }
  }

  /** Maps ProcessEngineException in place of Camunda's mapper, which it delegates every other error to. */
  public static class InvalidInputMapper implements ExceptionMapper<ProcessEngineException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return InvalidInputException.in(exception).map(InvalidInputMapper::problem)
          .orElseGet(() -> camunda.toResponse(exception));
    }

    static Response problem(InvalidInputException e) {
      try {
        return Response.status(400).type("application/problem+json;charset=UTF-8")
            .entity(JSON.writeValueAsString(e.problem())).build();
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }
}

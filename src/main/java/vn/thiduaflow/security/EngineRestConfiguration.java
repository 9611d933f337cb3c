package vn.thiduaflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
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

  @Override
  protected void registerAdditionalResources() {
    register(InvalidInputMapper.class);
  }

  /** Chosen over Camunda's mapper for the same type by its higher priority (JAX-RS 3.1 §4.4). */
  @Priority(1)
  public static class InvalidInputMapper implements ExceptionMapper<ProcessEngineException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return InvalidInputException.in(exception).map(InvalidInputMapper::problem)
          .orElseGet(() -> camunda.toResponse(exception));
    }

    private static Response problem(InvalidInputException e) {
      try {
        return Response.status(400).type("application/problem+json;charset=UTF-8")
            .entity(JSON.writeValueAsString(e.problem())).build();
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }
}

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
import vn.thiduaflow.system.database.DatabaseOutage;

/**
 * Camunda's REST API ({@code /engine-rest}) with one addition: when a form submitted to a task breaks a plan rule (a
 * task listener or delegate threw {@link InvalidInputException}), the answer is 400 problem+json naming the field and
 * the rule in Vietnamese and English, as on the project's own API, instead of the engine's generic 500. Every other
 * error keeps Camunda's status and members, as problem+json with a bilingual title ({@link CamundaErrorsAsProblems}).
 * The engine rolls the whole command back, so nothing is half-written.
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
    register(CamundaErrorsAsProblems.class);
    register(InvalidInputMapper.class);
    register(DirectInvalidInputMapper.class);
    register(RestInvalidInputMapper.class);
    register(DatabaseOutageMapper.class);
  }

  /** 503 problem+json with Retry-After when the database is away ({@link DatabaseOutage}); null otherwise. */
  static Response outage(Throwable exception) {
    if (!DatabaseOutage.causedBy(exception)) {
      return null;
    }
    return Response.fromResponse(InvalidInputMapper.json(503, DatabaseOutage.problem()))
        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
  }

  /**
   * Errors outside the engine's own exceptions (e.g. the transaction that could not begin because the database is
   * away): 503 for a database outage, everything else to Camunda's generic handler.
   */
  public static class DatabaseOutageMapper implements ExceptionMapper<RuntimeException> {
    private final org.camunda.bpm.engine.rest.exception.ExceptionHandler camunda =
        new org.camunda.bpm.engine.rest.exception.ExceptionHandler();

    @Override
    public Response toResponse(RuntimeException exception) {
      Response outage = outage(exception);
      return outage != null ? outage : camunda.toResponse(exception);
    }
  }

  /**
   * Camunda's task resources wrap what a submitted form caused in a RestException (500); unwrap ours. A task that no
   * longer exists (a second vote, a form sent twice) is answered 409 when the caller may see that it was completed,
   * else 404 — instead of the engine's 500 "Cannot submit task form".
   */
  @jakarta.annotation.Priority(1)
  public static class RestInvalidInputMapper implements ExceptionMapper<RestException> {
    private static final java.util.regex.Pattern TASK_ACTION =
        java.util.regex.Pattern.compile("(?:.*/)?task/([^/]+)/(submit-form|complete|resolve)/?");
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    @jakarta.ws.rs.core.Context private jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
      Response outage = outage(exception);
      if (outage != null) {
        return outage;
      }
      return InvalidInputException.in(exception).map(InvalidInputMapper::problem)
          .or(() -> taskGone(exception))
          .orElseGet(() -> camunda.toResponse(exception));
    }

    private java.util.Optional<Response> taskGone(RestException exception) {
      var action = uri == null ? null : TASK_ACTION.matcher(uri.getPath());
      if (action == null || !action.matches() || !missingTask(exception)) {
        return java.util.Optional.empty();
      }
      String taskId = action.group(1);
      // the caller's own authorizations apply (the authentication filter has set them): only a task they could see
      // is reported as completed; any other id is simply not found
      var done = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getHistoryService()
          .createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done == null) {
        return java.util.Optional.of(InvalidInputMapper.problem(404, "urn:thiduaflow:not-found",
            "Không tìm thấy công việc " + taskId + " / No task " + taskId, taskId));
      }
      String when = vn.thiduaflow.system.EngineClock.toLocal(done.getEndTime()).withNano(0).toString();
      return java.util.Optional.of(InvalidInputMapper.problem(409, "urn:thiduaflow:task-completed", "Công việc «" + done.getName() + "» đã được hoàn thành lúc " + when
              + ", không gửi lại được (mỗi thành viên chỉ bỏ phiếu một lần) / The task «" + done.getName()
              + "» was completed at " + when + " and cannot be submitted again (one vote per member)", taskId));
    }

    private static boolean missingTask(Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof org.camunda.bpm.engine.exception.NullValueException
            || c instanceof org.camunda.bpm.engine.exception.NotFoundException) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Camunda's own errors (unknown ids, missing authorizations, wrong content type, …) as problem+json like every other
   * error. A task or process instance the caller may not read is 404 with the same body as an id that does not exist,
   * for every sub-resource and method ({@code /task/{id}/variables}, {@code /process-instance/{id}/activity-instances},
   * …), so other units' ids cannot be told from unknown ones; a refused message correlation does not say how many
   * executions matched. Otherwise: status kept, {@code type} {@code urn:camunda:<Camunda's type>}, bilingual title
   * and detail; Camunda's members stay as they are documented ({@code message}, {@code code}, and for a refused authorization
   * {@code userId} and {@code missingAuthorizations}), its type name as {@code camundaType}.
   */
  public static class CamundaErrorsAsProblems implements jakarta.ws.rs.container.ContainerResponseFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code task/{id}…}, {@code process-instance/{id}…}, {@code execution/{id}…} and
     * {@code history/process-instance/{id}…}, also under
     * {@code engine/{name}/}: objects of one unit, hidden from the others.
     */
    private static final java.util.regex.Pattern UNIT_OBJECT =
        java.util.regex.Pattern.compile(
            "/?(?:engine/[^/]+/)?(task|process-instance|execution|history/process-instance)/([^/]+)(/.*)?");
    /** Words in an object's place that name a collection resource, not an id ({@code task/create}, …). */
    private static final java.util.Set<String> NOT_IDS = java.util.Set.of("create", "count", "delete", "suspended",
        "report", "variables", "job-retries", "message-async", "delete-historic-query-based", "suspended-async",
        "correlation", "signal");
    private static final java.util.regex.Pattern MESSAGE = java.util.regex.Pattern.compile(
        "/?(?:engine/[^/]+/)?message/?");
    /** Statuses left as they are: not logged in, completed (409, for a caller who saw it), throttled, outage. */
    private static final java.util.Set<Integer> KEPT = java.util.Set.of(401, 409, 429, 503);

    @Override
    public void filter(jakarta.ws.rs.container.ContainerRequestContext request,
        jakarta.ws.rs.container.ContainerResponseContext response) throws java.io.IOException {
      if (response.getStatus() < 400 || KEPT.contains(response.getStatus())) {
        return;
      }
      String path = request.getUriInfo().getPath();
      var object = UNIT_OBJECT.matcher(path);
      if (object.matches() && !NOT_IDS.contains(object.group(2)) && !visible(object.group(1), object.group(2))) {
        // another unit's task or instance answers exactly like an id that does not exist, whatever was asked of it
        notFound(response, object.group(1), object.group(2));
        return;
      }
      if (MESSAGE.matcher(path).matches() && response.getStatus() < 500) {
        // Camunda's refusal says how many executions or definitions matched (ENGINE-13031): say nothing about them
        String detail = "Không chuyển được thông điệp: không có quy trình nào của bạn chờ thông điệp này / The message"
            + " was not correlated: no process you may act on waits for it";
        write(response, response.getStatus() == 403 ? 400 : response.getStatus(), "urn:thiduaflow:message-not-correlated",
            detail);
        return;
      }
      if (!(response.getEntity() instanceof org.camunda.bpm.engine.rest.dto.ExceptionDto dto)) {
        return;
      }
      if (dto.getMessage() != null && dto.getMessage().contains("Cannot deserialize object in variable")) {
        // an Object variable of a class outside the allow-list (deserializationTypeValidationEnabled): refused input
        write(response, 400, "urn:thiduaflow:class-not-allowed", "Biến chứa một đối tượng thuộc lớp không được phép "
            + "đọc; chỉ đọc được dạng văn bản (deserializeValue=false) / The variable holds an object of a class that"
            + " may not be deserialized; read it serialized (deserializeValue=false)");
        return;
      }
      int status = response.getStatus();
      java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
      problem.put("type", "urn:camunda:" + dto.getType());
      problem.put("title", vn.thiduaflow.system.Problems.title(status));
      problem.put("status", status);
      problem.put("detail", vn.thiduaflow.system.Problems.vietnamese(status) + " / " + dto.getMessage());
      problem.put("camundaType", dto.getType());
      JSON.convertValue(dto, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {})
          .forEach(problem::putIfAbsent);
      response.setEntity(JSON.writeValueAsString(problem), new java.lang.annotation.Annotation[0],
          jakarta.ws.rs.core.MediaType.valueOf("application/problem+json;charset=UTF-8"));
    }

    /** Whether the caller (the request's authenticated user) may read the task or process instance. */
    private static boolean visible(String kind, String id) {
      var engine = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();
      if (engine == null) {
        return true;
      }
      try {
        return switch (kind) {
          case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count() > 0;
          case "execution" -> engine.getRuntimeService().createExecutionQuery().executionId(id).count() > 0;
          case "history/process-instance" -> engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceId(id).count() > 0;
          default -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0;
        };
      } catch (RuntimeException e) {
        return false;
      }
    }

    private static void notFound(jakarta.ws.rs.container.ContainerResponseContext response, String kind, String id)
        throws java.io.IOException {
      String what = switch (kind) {
        case "task" -> "công việc";
        case "execution" -> "nhánh thực thi";
        default -> "quy trình";
      };
      String english = switch (kind) {
        case "task" -> "task";
        case "execution" -> "execution";
        default -> "process instance";
      };
      String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
      write(response, 404, "urn:thiduaflow:not-found", "Không tìm thấy " + what + " " + shown + " / No " + english + " "
          + shown);
    }

    private static void write(jakarta.ws.rs.container.ContainerResponseContext response, int status, String type,
        String detail) throws java.io.IOException {
      java.util.Map<String, Object> problem = vn.thiduaflow.system.Problems.of(status, type, detail);
      problem.put("message", detail);
      response.setStatus(status);
      response.getHeaders().remove("Retry-After");
      response.setEntity(JSON.writeValueAsString(problem), new java.lang.annotation.Annotation[0],
          jakarta.ws.rs.core.MediaType.valueOf("application/problem+json;charset=UTF-8"));
    }
  }

  /** The same answer when the engine lets the exception through unwrapped. */
  @jakarta.annotation.Priority(1)
  public static class DirectInvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException exception) {
      return InvalidInputMapper.problem(exception);
    }
  }

  /** Maps ProcessEngineException in place of Camunda's mapper, which it delegates every other error to. */
  @jakarta.annotation.Priority(1)
  public static class InvalidInputMapper implements ExceptionMapper<ProcessEngineException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger REFUSALS = org.slf4j.LoggerFactory.getLogger("vn.thiduaflow.refusals");
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response outage = outage(exception);
      if (outage != null) {
        return outage;
      }
      return InvalidInputException.in(exception).map(InvalidInputMapper::problem)
          .orElseGet(() -> camunda.toResponse(exception));
    }

    /**
     * 400 problem+json for a refused input, and ONE line in the log at WARN (the field and the Vietnamese sentences):
     * a refusal is the user's to fix, not a failure of the application ({@link RefusalLogging} keeps the engine from
     * logging it again as an error with its stack trace).
     */
    static Response problem(InvalidInputException e) {
      REFUSALS.warn("Refused input [{}]: {}", e.field(), e.sentences());
      return json(400, e.problem());
    }

    static Response problem(int status, String type, String detail, String taskId) {
      java.util.Map<String, Object> p = vn.thiduaflow.system.Problems.of(status, type, detail);
      p.put("message", detail);
      p.put("taskId", taskId);
      return json(status, p);
    }

    static Response json(int status, java.util.Map<String, Object> problem) {
      try {
        return Response.status(status).type("application/problem+json;charset=UTF-8")
            .entity(JSON.writeValueAsString(problem)).build();
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }
}

package vn.thiduaflow.tasklist;

import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.attachment.AttachmentType;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.UploadBusyException;

/**
 * What every route of the attachments plugin shares within one request: the engine it was addressed to, the project's
 * beans (from the servlet context's application context), the JSON answers ({@link PluginAnswers}), the view of stored
 * files with the uploaders' names looked up once per request ({@link PluginFiles}), and {@link #answer}, which turns
 * the project's refusals into problem+json. Created per request by {@link AttachmentPluginResource}.
 */
final class PluginRequest {

  private final String engineName;
  private final ApplicationContext context;
  private final ProcessEngine engine;
  private final PluginAnswers answers;
  private final PluginFiles shown;

  PluginRequest(String engineName, ApplicationContext context) {
    this.engineName = engineName;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.answers = new PluginAnswers(context.getBean(com.fasterxml.jackson.databind.ObjectMapper.class));
    this.shown = new PluginFiles(bean(AttachmentService.class), engine.getIdentityService(), bean(UnitAccess.class));
  }

  /** A project bean. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  AttachmentAccess access() {
    return bean(AttachmentAccess.class);
  }

  AttachmentService attachments() {
    return bean(AttachmentService.class);
  }

  PluginAnswers answers() {
    return answers;
  }

  PluginFiles shown() {
    return shown;
  }

  /**
   * Adds to a tab's answer what its upload control needs: {@code canUpload} (whether the caller may upload through the
   * task), {@code maxBytes} (the configured size limit, bytes), {@code accept} (the file input's extensions and media
   * types) and {@code types} (the accepted types' labels, for the tab's hint).
   */
  void putUploadRules(Map<String, Object> body, boolean canUpload) {
    body.put("canUpload", canUpload);
    body.put("maxBytes", attachments().maxBytes());
    body.put("accept", PluginAnswers.accept());
    body.put("types", AttachmentType.allowedLabels());
  }

  /**
   * Runs a route's work, answering refusals as problem+json: 404 for an engine other than the application's, the
   * refusal's status for {@link AttachmentRefusedException}, 400 for {@link InvalidInputException}, 503 with
   * Retry-After for {@link UploadBusyException}. Nothing is written when a request is refused (the services check
   * before they store).
   */
  Response answer(Supplier<Response> work) {
    if (!engineName.equals(engine.getName())) {
      return answers.problem(AttachmentRefusedException.notFound("máy xử lý " + engineName, "engine " + engineName));
    }
    try {
      return work.get();
    } catch (AttachmentRefusedException e) {
      return answers.problem(e);
    } catch (InvalidInputException e) {
      return answers.invalid(e.problem());
    } catch (UploadBusyException e) {
      return answers.busy(e);
    }
  }

  /**
   * The request body as an upload of at most the configured size ({@link AttachmentService#receive}), the
   * {@value AttachmentPluginResource#FILE_NAME_HEADER} header's name decoded; {@code length} is the Content-Length
   * header (null when absent).
   */
  AttachmentService.Upload receive(InputStream body, Long length, String fileNameHeader) {
    return attachments().receive(body, length == null ? -1 : length, PluginAnswers.decoded(fileNameHeader));
  }
}

package vn.thiduaflow.tasklist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The attachments tab's API of one engine, as the logged-in webapp user (the engine authentication the webapp's filter
 * sets; rules: {@link AttachmentAccess}); paths under {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/
 * {engine}/}, each group a class of its own:
 * <ul>
 *   <li>{@code tasks/{taskId}/nominees…}: the task's nominees with their files, and uploads
 *       ({@link NomineeAttachments});</li>
 *   <li>{@code attachments/{id}}: one nominee's file — download, replace, delete ({@link AttachmentFile});</li>
 *   <li>{@code tasks/{taskId}/documents…}: the conference documents a task requests, and their uploads
 *       ({@link TaskDocuments}); {@code documents/{id}[/view]}: one of them ({@link ConferenceDocumentFile});</li>
 *   <li>{@code tasks/{taskId}/nominee-template.xlsx}, {@code tasks/{taskId}/nominee-list}: the unit's nominees as a
 *       workbook, down and up ({@link NomineeListTransfer});</li>
 *   <li>{@code conferences/{conferenceId}/…}: the conference's generated documents and commendation downloads
 *       ({@link ConferenceDownloads}).</li>
 * </ul>
 * Refusals are problem+json with {@code vi} and {@code en} ({@link PluginRequest#answer}): 400 wrong type or empty
 * ({@link InvalidInputException}), 403 not allowed to change, 404 not found or not visible (the same answer,
 * {@link AttachmentRefusedException}), 413 too large, 503 busy (Retry-After). POST, PUT and DELETE need the webapp's
 * CSRF header {@code X-XSRF-TOKEN} (Camunda's CSRF filter).
 */
public class AttachmentPluginResource extends AbstractTasklistPluginResource {

  /** Header carrying an uploaded file's name (percent-encoded UTF-8). */
  public static final String FILE_NAME_HEADER = "X-File-Name";

  private final PluginRequest request;

  AttachmentPluginResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.request = new PluginRequest(engineName, context);
  }

  /** The task's conference nominees and their files. */
  @Path("tasks/{taskId}/nominees")
  public NomineeAttachments nominees(@PathParam("taskId") String taskId) {
    return new NomineeAttachments(request, taskId);
  }

  /** One nominee's file. */
  @Path("attachments/{id}")
  public AttachmentFile attachment(@PathParam("id") Long id) {
    return new AttachmentFile(request, id);
  }

  /** The conference documents the task requests or shows. */
  @Path("tasks/{taskId}/documents")
  public TaskDocuments documents(@PathParam("taskId") String taskId) {
    return new TaskDocuments(request, taskId);
  }

  /** One stored conference document. */
  @Path("documents/{id}")
  public ConferenceDocumentFile document(@PathParam("id") Long id) {
    return new ConferenceDocumentFile(request, id);
  }

  /** A conference's generated documents and commendation downloads. */
  @Path("conferences/{conferenceId}")
  public ConferenceDownloads conference(@PathParam("conferenceId") Long conferenceId) {
    return new ConferenceDownloads(request, conferenceId);
  }

  /** The nominee template filled with the unit's own nominees ({@link NomineeListTransfer#template}). */
  @GET
  @Path("tasks/{taskId}/nominee-template.xlsx")
  public Response nomineeTemplate(@PathParam("taskId") String taskId) {
    return request.answer(() -> new NomineeListTransfer(request, taskId).template());
  }

  /** Replaces the unit's own nominees with the filled template ({@link NomineeListTransfer#replace}). */
  @PUT
  @Path("tasks/{taskId}/nominee-list")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadNomineeList(@PathParam("taskId") String taskId, InputStream body) {
    return request.answer(() -> new NomineeListTransfer(request, taskId).replace(body));
  }
}

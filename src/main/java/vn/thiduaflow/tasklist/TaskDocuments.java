package vn.thiduaflow.tasklist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.dossier.DossierDocumentAccess;
import vn.thiduaflow.dossier.StoredDocument;

/**
 * The conference documents a task requests or shows (issue 21; {@link ConferenceDocumentService}), under
 * {@code …/{engine}/tasks/{taskId}/documents}:
 * <ul>
 *   <li>{@code GET}: {@code {applicable, conferenceId, unitName, canUpload, maxBytes, accept, types, documents:
 *       [{code, title, required, generatedPath, file: Document | null}]}}, one slot per document the task requests (its
 *       task-local {@code requestedDocuments}) or shows ({@code reviewedDocuments}), Document as
 *       {@link PluginFiles#document}; {@code {applicable: false}} when the task has none;</li>
 *   <li>{@code POST {code}}: stores the body (as the nominees' files, header
 *       {@value AttachmentPluginResource#FILE_NAME_HEADER}) as the task's conference's document, replacing its file;
 *       201 with the Document; only when the task requests that document and the caller can work it
 *       ({@link DossierDocumentAccess#mayUploadDocumentThrough}).</li>
 * </ul>
 */
public class TaskDocuments {

  private final PluginRequest request;
  private final String taskId;

  TaskDocuments(PluginRequest request, String taskId) {
    this.request = request;
    this.taskId = taskId;
  }

  /** One slot per requested document with the file stored for it, and whether the caller may upload. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    return request.answer(() -> {
      DossierDocumentAccess.DocumentScope scope = request.bean(DossierDocumentAccess.class).documents(taskId);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("applicable", scope.conferenceId() != null && !scope.documents().isEmpty());
      if (scope.conferenceId() == null || scope.documents().isEmpty()) {
        return request.answers().ok(body);
      }
      Map<String, StoredDocument> stored = request.bean(ConferenceDocumentService.class).byCode(scope.conferenceId());
      List<Map<String, Object>> slots = new ArrayList<>();
      for (var d : scope.documents()) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("code", d.code());
        slot.put("title", d.title());
        slot.put("required", d.required());
        slot.put("generatedPath", d.generatedPath());
        StoredDocument file = stored.get(d.code());
        slot.put("file", file == null ? null : request.shown().document(file));
        slots.add(slot);
      }
      body.put("conferenceId", scope.conferenceId());
      body.put("unitName", request.bean(ConferenceQueries.class).get(scope.conferenceId()).getUnitName());
      request.putUploadRules(body, scope.mayUpload());
      body.put("documents", slots);
      return request.answers().ok(body);
    });
  }

  /** Stores the body as the task's conference's document {@code code}; 201 with the document. */
  @POST
  @Path("{code}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@PathParam("code") String code,
      @HeaderParam(AttachmentPluginResource.FILE_NAME_HEADER) String fileName,
      @HeaderParam("Content-Length") Long length, InputStream body) {
    return request.answer(() -> {
      var target = request.bean(DossierDocumentAccess.class).mayUploadDocumentThrough(taskId, code);
      String user = request.access().userId();
      AttachmentService.Upload file = request.receive(body, length, fileName);
      StoredDocument saved = request.bean(ConferenceDocumentService.class)
          .upload(target.getKey(), code, target.getValue().title(), file, user);
      return request.answers().created(request.shown().document(saved));
    });
  }
}

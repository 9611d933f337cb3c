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
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentAccess.TaskScope;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;

/**
 * A task's conference nominees with their attached files, under {@code …/{engine}/tasks/{taskId}/nominees}:
 * <ul>
 *   <li>{@code GET}: {@code {applicable, conferenceId, unitName, uploadTask, canUpload, maxBytes, accept, types,
 *       nomineeList, nominees: [{id, name, kind, kindLabel, title, titleLabel, position, originUnitName,
 *       attachments: [File]}]}}, File as {@link PluginFiles#file}; {@code uploadTask} is {@code NOMINATIONS} or
 *       {@code COMPOSITION} for those tasks (whoever works them), else null, and {@code canUpload} whether the caller
 *       works it ({@link AttachmentAccess}); {@code nomineeList} is {@code {templatePath, uploadPath, maxBytes}} when
 *       the caller may replace the unit's nominees by the template ({@link NomineeListTransfer}), else null; a visible
 *       task of another process: {@code {applicable: false}};</li>
 *   <li>{@code POST {nominationId}/attachments}: the raw file as the body (any Content-Type, which is ignored), its
 *       name in the header {@value AttachmentPluginResource#FILE_NAME_HEADER} (percent-encoded UTF-8, as JavaScript's
 *       {@code encodeURIComponent} writes it); 201 with the File. Only through an open upload task the caller works
 *       ({@link AttachmentAccess#mayUploadThrough}); the conference is the task's.</li>
 * </ul>
 */
public class NomineeAttachments {

  private final PluginRequest request;
  private final String taskId;

  NomineeAttachments(PluginRequest request, String taskId) {
    this.request = request;
    this.taskId = taskId;
  }

  /** The task's conference nominees, each with its files, and whether the caller may upload through this task. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    return request.answer(() -> {
      AttachmentAccess access = request.access();
      AttachmentService attachments = request.attachments();
      TaskScope scope = access.task(taskId);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("applicable", scope.applicable());
      if (!scope.applicable()) {
        return request.answers().ok(body);
      }
      Conference conference = request.bean(ConferenceQueries.class).get(scope.conferenceId());
      String me = access.userId();
      Map<Long, List<AttachmentInfo>> files = attachments.byNomination(conference.getId());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Nomination n : request.bean(NominationRepository.class).findByConferenceIdOrderById(conference.getId())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", n.getId());
        row.put("name", n.getNomineeName());
        row.put("kind", n.getKind().name());
        row.put("kindLabel", n.getKind().label());
        row.put("title", n.getTitle().name());
        row.put("titleLabel", n.getTitle().label());
        row.put("position", n.getPosition());
        row.put("originUnitName", n.getOriginUnitName());
        row.put("attachments", files.getOrDefault(n.getId(), List.of()).stream()
            .map(f -> request.shown().file(f, scope.mayUpload() && me.equals(f.uploadedBy()))).toList());
        rows.add(row);
      }
      body.put("conferenceId", conference.getId());
      body.put("unitName", conference.getUnitName());
      body.put("uploadTask", scope.kind() == null ? null : scope.kind().name());
      request.putUploadRules(body, scope.mayUpload());
      body.put("nomineeList", scope.kind() == AttachmentAccess.UploadTask.NOMINATIONS && scope.mayUpload()
          ? Map.of("templatePath", attachments.taskPath(taskId) + "nominee-template.xlsx",
              "uploadPath", attachments.taskPath(taskId) + "nominee-list", "maxBytes", NomineeWorkbook.MAX_FILE_BYTES)
          : null);
      body.put("nominees", rows);
      return request.answers().ok(body);
    });
  }

  /** Attaches the body to a nominee of the task's conference (an open upload task, worked by the caller). */
  @POST
  @Path("{nominationId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@PathParam("nominationId") Long nominationId,
      @HeaderParam(AttachmentPluginResource.FILE_NAME_HEADER) String fileName,
      @HeaderParam("Content-Length") Long length, InputStream body) {
    return request.answer(() -> {
      AttachmentAccess access = request.access();
      Long conferenceId = access.mayUploadThrough(taskId);
      AttachmentService.Upload file = request.receive(body, length, fileName);
      AttachmentInfo saved = request.attachments().attach(conferenceId, nominationId, file, access.userId());
      return request.answers().created(request.shown().file(saved, true));
    });
  }
}

package vn.thiduaflow.dossier;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentAccess.TaskScope;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.conference.UnitAccess;

/**
 * Who may see and upload a conference's documents through a task (issue 21: the dossier's documents, the signed
 * minutes): seeing follows the nominees' files ({@link AttachmentAccess#task}: a task of the conference's instance the
 * caller sees); uploading needs a task that requests the document in its task-local {@value RequestedDocument#VARIABLE}
 * and that the caller can work ({@link AttachmentAccess#callerCanWork}). The conference is always the task's
 * instance's business key, never a value the user sends.
 */
@Component
public class DossierDocumentAccess {

  private final AttachmentAccess attachments;
  private final TaskService taskService;
  private final UnitAccess unitAccess;

  DossierDocumentAccess(AttachmentAccess attachments, TaskService taskService, UnitAccess unitAccess) {
    this.attachments = attachments;
    this.taskService = taskService;
    this.unitAccess = unitAccess;
  }

  /**
   * The conference documents a task shows in the tab (issue 21), and whether the caller may upload them through it: the
   * slots of its task-local {@value RequestedDocument#VARIABLE} (uploads, for whoever can work the task: its assignee,
   * a candidate user or a member of a candidate group), else of {@value RequestedDocument#SHOWN_VARIABLE} (read-only,
   * the upper council's review). The conference is the task's instance's business key.
   *
   * @param conferenceId the task's conference; null for a task of another process (nothing to show)
   * @param documents the slots in order; empty when the task shows none
   * @param mayUpload whether the documents are requested uploads and the caller can work the task
   */
  public record DocumentScope(Long conferenceId, List<RequestedDocument> documents, boolean mayUpload) {}

  /**
   * The conference documents of a task the caller sees.
   *
   * @throws AttachmentRefusedException 404 when the task does not exist or is not visible to the caller
   */
  public DocumentScope documents(String taskId) {
    TaskScope scope = attachments.task(taskId);
    if (!scope.applicable()) {
      return new DocumentScope(null, List.of(), false);
    }
    List<RequestedDocument> requested = RequestedDocument.read(unitAccess.asSystem(
        () -> taskService.getVariableLocal(taskId, RequestedDocument.VARIABLE)));
    if (!requested.isEmpty()) {
      return new DocumentScope(scope.conferenceId(), requested, attachments.callerCanWork(taskId));
    }
    return new DocumentScope(scope.conferenceId(), RequestedDocument.read(unitAccess.asSystem(
        () -> taskService.getVariableLocal(taskId, RequestedDocument.SHOWN_VARIABLE))), false);
  }

  /**
   * Checks the caller may upload the document {@code code} through this task: the task requests it
   * ({@value RequestedDocument#VARIABLE}) and the caller can work the task. The document goes to the task's
   * conference, never to one the caller names.
   *
   * @return the requested slot and the conference
   * @throws AttachmentRefusedException 404 as {@link AttachmentAccess#task}, and for a task of another process; 403
   *     when the task requests no such document or the caller cannot work it
   */
  public Map.Entry<Long, RequestedDocument> mayUploadDocumentThrough(String taskId, String code) {
    DocumentScope scope = documents(taskId);
    if (scope.conferenceId() == null) {
      throw AttachmentRefusedException.notFound("công việc " + taskId + " của hội nghị", "conference task " + taskId);
    }
    RequestedDocument slot = scope.mayUpload() ? scope.documents().stream().filter(d -> d.code().equals(code))
        .findFirst().orElse(null) : null;
    if (slot == null) {
      throw AttachmentRefusedException.forbidden("Chỉ người thực hiện công việc đang mở yêu cầu tài liệu này mới được"
          + " tải tài liệu lên", "only a user who works an open task that requests this document may upload it");
    }
    return Map.entry(scope.conferenceId(), slot);
  }
}

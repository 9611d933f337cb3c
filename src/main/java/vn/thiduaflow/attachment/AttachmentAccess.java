package vn.thiduaflow.attachment;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.system.ProcessModel;

/**
 * Who may do what with the files of a conference's nominees, decided with the caller's Camunda authorizations (the
 * engine authentication the webapp set for the request: user and groups):
 * <ul>
 *   <li><b>see</b> (list, download; also the minutes of the count): a user with a task of the conference's
 *       UnitConference instance (assignee or candidate: a council member's vote task, the chair's minutes, the upper
 *       council's review), or READ on that instance or its history ({@code vn.thiduaflow.security.AccessGrants}: every
 *       group of the unit, the chair, standing office and upper council of the unit above; administrators). Anyone
 *       else is answered exactly as for a file or task that does not exist (404).</li>
 *   <li><b>change</b> (upload, replace, delete): a user who can work an OPEN upload task of that conference (see
 *       {@link UploadTask}): the nominations task ({@value ProcessModel.Elements#SUBMIT_NOMINATIONS}, candidates the
 *       unit's secretaries) or the standing office's composition task
 *       ({@value ProcessModel.Elements#PROPOSE_COMPOSITION}, candidates {@code u<code>.standing-office}: the office
 *       gathers the summaries of the nominees the nominations form stored before it sends the proposal to the vote).
 *       The task is visible to them under Camunda's authorizations and they are its assignee or one of its candidates
 *       (user, or member of a candidate group). Which conference is the task's instance's business key, never a value
 *       the user sends. Replacing or deleting a file needs, besides, to be its uploader. Once the vote opens neither
 *       task is open and nothing changes (until a failed vote sends the composition back to the office).</li>
 *   <li><b>upload a conference document</b> (issue 21: the dossier's documents, the signed minutes): a user who can
 *       work an open task that requests it ({@code vn.thiduaflow.dossier.DossierDocumentAccess}, which asks
 *       {@link #callerCanWork}), for that task's conference; seeing the documents is the same rule as seeing the
 *       nominees' files.</li>
 * </ul>
 */
@Component
public class AttachmentAccess {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final UnitAccess unitAccess;

  AttachmentAccess(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
      IdentityService identityService, UnitAccess unitAccess) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.unitAccess = unitAccess;
  }

  /**
   * The tasks through which files are uploaded, replaced and deleted while they are open.
   */
  public enum UploadTask {
    /** The secretary's nominations task: the nominees already stored (by file, API or an earlier completion). */
    NOMINATIONS(ProcessModel.Elements.SUBMIT_NOMINATIONS),
    /** The standing office's composition task: every nominee the nominations stored, before the vote. */
    COMPOSITION(ProcessModel.Elements.PROPOSE_COMPOSITION);

    private final String taskDefinitionKey;

    UploadTask(String taskDefinitionKey) {
      this.taskDefinitionKey = taskDefinitionKey;
    }

    /** The BPMN id of the user task. */
    public String taskDefinitionKey() {
      return taskDefinitionKey;
    }

    /** The upload task of this BPMN id, or null for any other task. */
    public static UploadTask of(String taskDefinitionKey) {
      for (UploadTask t : values()) {
        if (t.taskDefinitionKey.equals(taskDefinitionKey)) {
          return t;
        }
      }
      return null;
    }

    static String[] keys() {
      return java.util.Arrays.stream(values()).map(UploadTask::taskDefinitionKey).toArray(String[]::new);
    }
  }

  /**
   * A task the caller sees, and what it means for the files.
   *
   * @param taskId the task
   * @param conferenceId the conference of its UnitConference instance; null for a task of another process
   * @param kind which upload task it is (whoever works it), or null for any other task
   * @param mayUpload whether it is an upload task and the caller can work it (may upload through it)
   */
  public record TaskScope(String taskId, Long conferenceId, UploadTask kind, boolean mayUpload) {
    /** Whether the task belongs to a UnitConference instance (else the tab has nothing to show). */
    public boolean applicable() {
      return conferenceId != null;
    }
  }

  /** The authenticated user id. */
  public String userId() {
    Authentication a = identityService.getCurrentAuthentication();
    if (a == null) {
      throw new IllegalStateException("no authenticated user"); // the webapp's filter lets no anonymous call in
    }
    return a.getUserId();
  }

  /**
   * The task, if the caller sees it under Camunda's authorizations.
   *
   * @throws AttachmentRefusedException 404 when it does not exist or is not visible to the caller
   */
  public TaskScope task(String taskId) {
    Authentication caller = identityService.getCurrentAuthentication();
    Task task = caller == null || taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw AttachmentRefusedException.notFound("công việc " + taskId, "task " + taskId);
    }
    // a conference's own tasks and those of its commendation (issue 24: the signed decision), both keyed by its id
    boolean unitConference = taskService.createTaskQuery().taskId(taskId)
        .processDefinitionKeyIn(ProcessModel.UNIT_CONFERENCE, ProcessModel.COMMENDATION).count() == 1;
    if (!unitConference || task.getProcessInstanceId() == null) {
      return new TaskScope(taskId, null, null, false);
    }
    Long conferenceId = unitAccess.asSystem(() -> conferenceOf(runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult()));
    UploadTask kind = UploadTask.of(task.getTaskDefinitionKey());
    return new TaskScope(taskId, conferenceId, kind, kind != null && canWork(task, caller));
  }

  /**
   * Checks the caller may upload to the conference through this task.
   *
   * @return the conference id
   * @throws AttachmentRefusedException 404 as {@link #task}, and for a task of another process; 403 when the task is
   *     no upload task (nominations, composition) or the caller cannot work it
   */
  public Long mayUploadThrough(String taskId) {
    TaskScope scope = task(taskId);
    if (!scope.applicable()) {
      throw AttachmentRefusedException.notFound("công việc " + taskId + " của hội nghị", "conference task " + taskId);
    }
    if (!scope.mayUpload()) {
      throw notWorkingAnUploadTask();
    }
    return scope.conferenceId();
  }

  /**
   * Checks the caller may replace the conference's nominee list through this task (the filled XLSX template, and the
   * template to fill): the same rule as {@link #mayUploadThrough}, but only through the open nominations task
   * ({@value ProcessModel.Elements#SUBMIT_NOMINATIONS}); the composition task does not change the list.
   *
   * @return the conference id (the task's instance's business key)
   * @throws AttachmentRefusedException 404 as {@link #mayUploadThrough}; 403 when the task is not the nominations
   *     task or the caller cannot work it
   */
  public Long mayReplaceNomineesThrough(String taskId) {
    TaskScope scope = task(taskId);
    if (!scope.applicable()) {
      throw AttachmentRefusedException.notFound("công việc " + taskId + " của hội nghị", "conference task " + taskId);
    }
    if (scope.kind() != UploadTask.NOMINATIONS || !scope.mayUpload()) {
      throw AttachmentRefusedException.forbidden("Chỉ người thực hiện công việc «Gửi danh sách đề cử» đang mở của đơn"
          + " vị mới được tải mẫu và tải lên danh sách đề cử bằng tệp Excel", "only a user who works the unit's open"
          + " nominations task may download the template and upload the nominee list as an Excel file");
    }
    return scope.conferenceId();
  }

  /**
   * Whether the caller may see the conference's nominees and their files (see the class comment).
   */
  public boolean maySee(Long conferenceId) {
    if (identityService.getCurrentAuthentication() == null || conferenceId == null) {
      return false;
    }
    List<String> instances = unitAccess.asSystem(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).processInstanceBusinessKey(conferenceId.toString())
        .list().stream().map(HistoricProcessInstance::getId).toList());
    for (String id : instances) {
      if (taskService.createTaskQuery().processInstanceId(id).count() > 0
          || runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0
          || historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks the caller may see a file.
   *
   * @throws AttachmentRefusedException 404 when the file does not exist or the caller may not see its nominee
   */
  public void maySee(AttachmentInfo file) {
    if (!maySee(file.conferenceId())) {
      throw AttachmentService.notFound(file.id());
    }
  }

  /**
   * Checks the caller may replace or delete a file: they see it, they can work an open upload task (nominations or
   * composition) of its conference, and they uploaded it.
   *
   * @throws AttachmentRefusedException 404 as {@link #maySee(AttachmentInfo)}; 403 when no upload task is open or
   *     none is theirs to work, or the file is someone else's
   */
  public void mayChange(AttachmentInfo file) {
    maySee(file);
    Authentication caller = identityService.getCurrentAuthentication();
    List<Task> open = unitAccess.asSystem(() -> taskService.createTaskQuery()
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .processInstanceBusinessKey(file.conferenceId().toString())
        .taskDefinitionKeyIn(UploadTask.keys()).list());
    boolean works = open.stream().anyMatch(t -> taskService.createTaskQuery().taskId(t.getId()).count() == 1
        && canWork(t, caller));
    if (!works) {
      throw notWorkingAnUploadTask();
    }
    if (!caller.getUserId().equals(file.uploadedBy())) {
      throw AttachmentRefusedException.forbidden("Chỉ người đã tải tệp lên (" + file.uploadedBy()
          + ") mới được thay hoặc xoá tệp này", "only the uploader (" + file.uploadedBy()
          + ") may replace or delete this file");
    }
  }

  private static AttachmentRefusedException notWorkingAnUploadTask() {
    return AttachmentRefusedException.forbidden("Chỉ người thực hiện công việc «Gửi danh sách đề cử» hoặc «Đề xuất"
        + " thành phần đại biểu» đang mở của đơn vị mới được tải lên, thay hoặc xoá hồ sơ đính kèm; khi Hội đồng đã"
        + " bắt đầu biểu quyết thì không thay đổi được nữa", "only a user who works the unit's open nominations or"
        + " composition task may upload, replace or delete attachments; nothing changes once the vote has opened");
  }

  /**
   * Whether the caller (the request's engine authentication) can work the task: its assignee, a candidate user or a
   * member of a candidate group; false without a caller or when the task is not visible to the caller.
   */
  public boolean callerCanWork(String taskId) {
    Authentication caller = identityService.getCurrentAuthentication();
    Task task = caller == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    return task != null && canWork(task, caller);
  }

  /** Assignee, candidate user, or member of a candidate group of the task. */
  private boolean canWork(Task task, Authentication caller) {
    if (caller.getUserId().equals(task.getAssignee())) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    List<IdentityLink> links = unitAccess.asSystem(() -> taskService.getIdentityLinksForTask(task.getId()));
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .anyMatch(l -> caller.getUserId().equals(l.getUserId()) || l.getGroupId() != null
            && groups.contains(l.getGroupId()));
  }

  private static Long conferenceOf(ProcessInstance instance) {
    String key = instance == null ? null : instance.getBusinessKey();
    if (key == null || key.isEmpty() || key.length() > 18 || !key.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(key);
  }
}

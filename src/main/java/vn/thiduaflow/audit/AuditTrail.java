package vn.thiduaflow.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;

/**
 * "Who did what, when" for a conference, from three places read together and ordered by time (engine time, as in
 * Tasklist and Cockpit):
 * <ul>
 *   <li>every step of its UnitConference instance from Camunda's history: user tasks with the member who completed
 *       them, service tasks and timers as the system ({@code hệ thống});</li>
 *   <li>Camunda's user operation log for the instance (claims, assignments, completions, variable changes made by an
 *       authenticated user), without values;</li>
 *   <li>the project's own {@link AuditEvent}s (rescheduling, nominee lists, documents, and every reminder and
 *       escalation of a deadline, which the engine's history does not show for a user task's timeout listeners).</li>
 * </ul>
 * A vote appears as "member X completed the vote task at T" — participation, never the choice, which no store holds
 * against a voter ({@code ProcessModel.Fields.SECRET}, kept out of history by the security package's filter).
 */
@Service
@Transactional
public class AuditTrail {

  /** The actor of steps the engine takes by itself. */
  public static final String SYSTEM = "hệ thống";
  private static final Set<String> STEP_TYPES = Set.of("userTask", "serviceTask", "boundaryTimer", "callActivity",
      "startEvent", "noneEndEvent", "exclusiveGateway", "subProcess", "intermediateTimer");
  private static final Set<String> SHOWN_VALUES = Set.of("assignee", "owner", "dueDate", "priority");

  private final AuditEventRepository events;
  private final HistoryService history;

  AuditTrail(AuditEventRepository events, HistoryService history) {
    this.events = events;
    this.history = history;
  }

  /**
   * Records an action now (engine time), in the caller's transaction.
   *
   * @param actor the user id
   * @param action a short code such as RESCHEDULE
   * @param detail what changed, in words (no secret content)
   */
  public void record(String actor, String action, Long conferenceId, Long campaignId, String detail) {
    events.save(new AuditEvent(EngineClock.now(), actor, action, conferenceId, campaignId, detail));
  }

  /**
   * One line of the trail.
   *
   * @param at engine time
   * @param actor the user id, or {@link #SYSTEM} for the engine's own steps
   * @param action the action's code: the project's (RESCHEDULE, NOMINEE_LIST), Camunda's operation type (Complete,
   *     Claim, Assign, …) or COMPLETED/CANCELED for a step of the model
   * @param label the action in words, Vietnamese / English
   * @param step the model's step (activity name) or the entity the operation concerned
   * @param detail what changed
   * @param source thiduaflow, camunda-user-operation-log or camunda-history
   */
  public record Entry(LocalDateTime at, String actor, String action, String label, String step, String detail,
      String source) {
    Entry(LocalDateTime at, String actor, String action, String step, String detail, String source) {
      this(at, actor, action, labelOf(action), step, detail, source);
    }
  }

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("RESCHEDULE", "Dời lịch hội nghị / Conference rescheduled"),
      Map.entry("NOMINEE_LIST", "Cập nhật danh sách đề cử / Nominee list replaced"),
      Map.entry("ATTACHMENT_UPLOADED", "Tải lên hồ sơ đính kèm của đề cử / Nominee attachment uploaded"),
      Map.entry("ATTACHMENT_REPLACED", "Thay hồ sơ đính kèm của đề cử / Nominee attachment replaced"),
      Map.entry("ATTACHMENT_DELETED", "Xoá hồ sơ đính kèm của đề cử / Nominee attachment deleted"),
      Map.entry("CONFERENCE_DOCUMENT_UPLOADED", "Tải lên tài liệu của hội nghị (hồ sơ, biên bản) / Conference document "
          + "uploaded"),
      Map.entry("OUTSIDE_EVENT_DATE", "Đổi ngày sự kiện Kế hoạch nêu (Đại hội Đảng bộ…) / Outside event's date "
          + "changed"),
      Map.entry("DELEGATE_QUOTA_DECIDED", "Phân bổ số đại biểu dự Đại hội cấp trên / Delegate quota decided"),
      Map.entry("SUBMISSION_SENT", "Gửi văn bản theo Kế hoạch (kế hoạch, quyết định, hồ sơ) / Submission sent"),
      Map.entry("ORGANIZING_COMMITTEE_RECORDED", "Thành lập Ban Tổ chức hội nghị / Organizing committee recorded"),
      Map.entry("DEADLINE_REMINDER", "Nhắc hạn những người còn phải làm / Deadline reminder sent"),
      Map.entry("DEADLINE_ESCALATED", "Quá hạn, báo cáo Chủ tịch và Thường trực Hội đồng / Deadline missed, "
          + "escalated"),
      Map.entry("COMPLETED", "Hoàn thành bước / Step completed"),
      Map.entry("CANCELED", "Bước bị huỷ / Step canceled"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "Gửi biểu mẫu, hoàn thành công việc / Task completed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "Nhận việc / Task claimed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "Giao việc / Task assigned"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "Uỷ quyền công việc / Task delegated"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "Trả lại việc đã uỷ quyền / Task resolved"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "Đổi người chịu trách nhiệm / Owner changed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY, "Đổi mức ưu tiên / Priority changed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, "Sửa công việc / Task updated"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, "Thêm người được giao / Candidate user added"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, "Bỏ người được giao / Candidate user removed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, "Thêm nhóm được giao / Candidate group added"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK, "Bỏ nhóm được giao / Candidate group removed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE,
          "Điều chỉnh tiến trình / Process instance modified"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "Sửa biến / Variable set"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE_INCIDENT, "Tạo sự cố / Incident created"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "Chạy lại tác vụ / Job retries set"));

  /** The action in words (Vietnamese / English); Camunda's own name for an operation not listed. */
  static String labelOf(String action) {
    return LABELS.getOrDefault(action, action);
  }

  /** The conference's trail, oldest first. Call only after checking the caller may see the conference. */
  @Transactional(readOnly = true)
  public List<Entry> ofConference(Long conferenceId) {
    List<Entry> trail = new ArrayList<>();
    for (AuditEvent e : events.findByConferenceIdOrderById(conferenceId)) {
      trail.add(new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), null, e.getDetail(), "thiduaflow"));
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(conferenceId.toString()).processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .list()) {
      Map<String, String> completedBy = new HashMap<>();
      for (UserOperationLogEntry op : history.createUserOperationLogQuery()
          .processInstanceId(instance.getId()).list()) {
        if (op.getTaskId() != null && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())) {
          completedBy.put(op.getTaskId(), op.getUserId());
        }
        if (ProcessModel.Fields.SECRET.contains(op.getProperty())) {
          continue;
        }
        // a completion is logged with the property "delete" (the task is removed): not worth showing
        String value = op.getProperty() == null || "delete".equals(op.getProperty()) ? null
            : SHOWN_VALUES.contains(op.getProperty()) ? op.getProperty() + " = " + op.getNewValue() : op.getProperty();
        trail.add(new Entry(EngineClock.toLocal(op.getTimestamp()), op.getUserId(), op.getOperationType(), op.getEntityType(),
            value == null ? "" : value, "camunda-user-operation-log"));
      }
      for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).finished().orderPartiallyByOccurrence().asc().list()) {
        if (!STEP_TYPES.contains(a.getActivityType())) {
          continue;
        }
        String actor = "userTask".equals(a.getActivityType())
            ? completedBy.getOrDefault(a.getTaskId(), a.getAssignee() == null ? "—" : a.getAssignee()) : SYSTEM;
        trail.add(new Entry(EngineClock.toLocal(a.getEndTime()), actor, a.isCanceled() ? "CANCELED" : "COMPLETED",
            a.getActivityName() == null ? a.getActivityId() : a.getActivityName(), a.getActivityId(),
            "camunda-history"));
      }
    }
    trail.sort(Comparator.comparing(Entry::at));
    return trail;
  }
}

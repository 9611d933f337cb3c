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
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.security.SecretBallotHistoryFilter;
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
 *   <li>the project's own {@link AuditEvent}s (rescheduling, nominee lists).</li>
 * </ul>
 * A vote appears as "member X completed the vote task at T" — participation, never the choice, which no store holds
 * against a voter ({@link SecretBallotHistoryFilter}).
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

  /** One line of the trail. */
  public record Entry(LocalDateTime at, String actor, String action, String step, String detail, String source) {}

  /** The conference's trail, oldest first. Call only after checking the caller may see the conference. */
  @Transactional(readOnly = true)
  public List<Entry> ofConference(Conference conference) {
    List<Entry> trail = new ArrayList<>();
    for (AuditEvent e : events.findByConferenceIdOrderById(conference.getId())) {
      trail.add(new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), null, e.getDetail(), "thiduaflow"));
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(conference.getId().toString()).processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .list()) {
      Map<String, String> completedBy = new HashMap<>();
      for (UserOperationLogEntry op : history.createUserOperationLogQuery()
          .processInstanceId(instance.getId()).list()) {
        if (op.getTaskId() != null && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())) {
          completedBy.put(op.getTaskId(), op.getUserId());
        }
        if (SecretBallotHistoryFilter.SECRET.contains(op.getProperty())) {
          continue;
        }
        String value = op.getProperty() != null && SHOWN_VALUES.contains(op.getProperty())
            ? op.getProperty() + " = " + op.getNewValue() : op.getProperty();
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

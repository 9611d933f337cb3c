package vn.thiduaflow.deadline;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessIds;

/**
 * Escalates a missed deadline, visibly: the late tasks are offered to the council chair and the standing office as
 * well (they see them in Tasklist, also under the filter "Quá hạn") at the highest priority; a Cockpit
 * incident of type {@value #INCIDENT_TYPE} marks the instance as late; an {@link Escalation} is recorded; and the chair,
 * the office and the task's people are notified by e-mail. When the late task is done, {@link #resolve} closes the
 * incident.
 */
@Service
@Transactional
public class EscalationService {

  /** Camunda task priority given to escalated tasks (default is 50). */
  public static final int ESCALATED_PRIORITY = 100;
  /** Type of the custom incident that shows a late instance in Cockpit. */
  public static final String INCIDENT_TYPE = "deadlineMissed";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ConferenceQueries conferences;
  private final DeadlineService deadlines;
  private final EscalationRepository escalations;
  private final NotificationService notifications;

  public EscalationService(TaskService taskService, RuntimeService runtimeService, ConferenceQueries conferences,
      DeadlineService deadlines, EscalationRepository escalations, NotificationService notifications) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.conferences = conferences;
    this.deadlines = deadlines;
    this.escalations = escalations;
    this.notifications = notifications;
  }

  /**
   * Escalates the open tasks of a deadline to the chair and the standing office of the council that owns them: the
   * unit's own council, or for {@link DeadlineKind#DOSSIER_REVIEW} the upper unit's.
   *
   * @param processInstanceId the conference's process instance
   * @return the recorded escalation
   */
  public Escalation escalate(Long conferenceId, DeadlineKind deadline, String processInstanceId) {
    Conference c = conferences.get(conferenceId);
    String unit = deadline.escalatesToUpperUnit() ? c.getUpperUnitCode() : c.getUnitCode();
    String chair = CouncilRole.CHAIR.groupId(unit);
    String office = CouncilRole.STANDING_OFFICE.groupId(unit);
    List<Task> late = deadlines.openTasks(processInstanceId, deadline);
    for (Task task : late) {
      taskService.addCandidateGroup(task.getId(), chair);
      taskService.addCandidateGroup(task.getId(), office);
      taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
    }
    var due = deadlines.dueDay(conferenceId, deadline);
    String message = "Quá hạn: " + deadline.label() + " " + due + " — " + c.getUnitName()
        + "; đã chuyển Chủ tịch Hội đồng và Thường trực Hội đồng (" + chair + ", " + office + ")";
    // on the late task's execution, so Cockpit shows the instance and the activity as late
    String incidentId = late.isEmpty() ? null
        : runtimeService.createIncident(INCIDENT_TYPE, late.get(0).getExecutionId(), deadline.name(), message).getId();
    Escalation escalation = escalations.save(new Escalation(conferenceId, deadline, due, EngineClock.now(),
        chair + ", " + office, incidentId));
    notifications.escalated(c, deadline, due, deadlines.ruleOf(conferenceId, deadline), late, List.of(chair, office));
    return escalation;
  }

  /**
   * Closes the open escalations of a deadline once its task is done (an end listener on the task or sub-process the
   * deadline is attached to): the Cockpit incident is resolved and the escalation marked resolved. Does nothing when
   * the deadline was met.
   *
   * @param deadline a {@link DeadlineKind} name, as the model writes it
   */
  public void resolve(DelegateExecution execution, String deadline) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    for (Escalation e : escalations.findByConferenceIdAndDeadlineAndResolvedAtIsNull(conferenceId,
        DeadlineKind.valueOf(deadline))) {
      if (e.getIncidentId() != null
          && runtimeService.createIncidentQuery().incidentId(e.getIncidentId()).count() > 0) {
        runtimeService.resolveIncident(e.getIncidentId());
      }
      e.resolve(EngineClock.now());
    }
  }
}

package vn.thiduaflow.report;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.council.CouncilRole;
import vn.thiduaflow.system.EngineClock;

/**
 * Escalates a missed deadline: the open tasks of the conference's process instance are offered to the unit's council
 * chair and standing office as well (they see them in Tasklist), raised to the highest priority, and an escalation is
 * recorded.
 */
@Service
@Transactional
public class EscalationService {

  /** Camunda task priority given to escalated tasks (default is 50). */
  public static final int ESCALATED_PRIORITY = 100;

  private final TaskService taskService;
  private final ConferenceService conferences;
  private final EscalationRepository escalations;

  public EscalationService(TaskService taskService, ConferenceService conferences, EscalationRepository escalations) {
    this.taskService = taskService;
    this.conferences = conferences;
    this.escalations = escalations;
  }

  /**
   * @param processInstanceId the conference's process instance, whose open tasks are escalated
   * @return the recorded escalation
   */
  public Escalation escalate(Long conferenceId, DeadlineKind deadline, String processInstanceId) {
    Conference c = conferences.get(conferenceId);
    var plan = conferences.planOf(c);
    LocalDate due = (deadline == DeadlineKind.NOMINATIONS ? plan.nominationDeadline() : plan.dossier())
        .deadlineFor(c.getScheduledOn());
    String chair = CouncilRole.CHAIR.groupId(c.getUnitCode());
    String office = CouncilRole.STANDING_OFFICE.groupId(c.getUnitCode());
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).active().list()) {
      taskService.addCandidateGroup(task.getId(), chair);
      taskService.addCandidateGroup(task.getId(), office);
      taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
    }
    return escalations.save(new Escalation(conferenceId, deadline, due, EngineClock.now(), chair + ", " + office));
  }
}

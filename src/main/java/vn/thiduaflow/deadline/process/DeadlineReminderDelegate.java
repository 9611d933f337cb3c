package vn.thiduaflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After a reminder timer (BoundaryEvent_*Reminder, non-interrupting): reminds the people of the deadline's open tasks
 * by e-mail. The deadline is the element's input variable {@value Vars#DEADLINE} (a {@link DeadlineKind} name).
 */
@Component("deadlineReminderDelegate")
class DeadlineReminderDelegate implements JavaDelegate {

  private final ConferenceQueries conferences;
  private final DeadlineService deadlines;
  private final NotificationService notifications;

  DeadlineReminderDelegate(ConferenceQueries conferences, DeadlineService deadlines,
      NotificationService notifications) {
    this.conferences = conferences;
    this.deadlines = deadlines;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    DeadlineKind kind = DeadlineKind.valueOf((String) execution.getVariableLocal(Vars.DEADLINE));
    java.time.LocalDate due = deadlines.dueDay(conferenceId, kind);
    if (vn.thiduaflow.system.EngineClock.today().isAfter(due)) {
      // the task started after its deadline (or the reminder ran late): a reminder would arrive after the fact, months
      // late for an early fixed date; the escalation timer, due at the same moment, says it once instead
      return;
    }
    notifications.reminded(conferences.get(conferenceId), kind, due,
        deadlines.ruleOf(conferenceId, kind), deadlines.openTasks(execution.getProcessInstanceId(), kind));
  }
}

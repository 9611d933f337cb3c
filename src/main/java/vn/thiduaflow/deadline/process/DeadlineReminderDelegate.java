package vn.thiduaflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * When a deadline's reminder timer fires, reminds the people of the deadline's open tasks by e-mail. Two shapes: a user
 * task's {@code timeout} listener (TimeoutListener_*Reminder: nominations, dossier review, results report), whose
 * deadline is the task's ({@link DeadlineService#deadlineOfTimeout}); and the service task after a non-interrupting
 * boundary timer (BoundaryEvent_VoteReminder on the vote's multi-instance body, BoundaryEvent_DossierReminder on the
 * dossier sub-process, and every reminder of definitions deployed before the timeout listeners), whose deadline is the
 * element's input variable {@value Vars#DEADLINE} (a {@link DeadlineKind} name).
 */
@Component("deadlineReminderDelegate")
class DeadlineReminderDelegate implements JavaDelegate, TaskListener {

  private final DeadlineService deadlines;

  DeadlineReminderDelegate(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineKind kind = DeadlineKind.valueOf((String) execution.getVariableLocal(Vars.DEADLINE));
    deadlines.remind(ProcessIds.conferenceId(execution), kind, execution.getProcessInstanceId());
  }

  @Override
  public void notify(DelegateTask task) {
    DeadlineKind kind = DeadlineService.deadlineOfTimeout(task.getTaskDefinitionKey());
    deadlines.remind(ProcessIds.conferenceId(task), kind, task.getProcessInstanceId());
  }
}

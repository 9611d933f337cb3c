package vn.thiduaflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After a reminder timer (BoundaryEvent_*Reminder, non-interrupting): reminds the people of the deadline's open tasks
 * by e-mail. The deadline is the element's input variable {@value Vars#DEADLINE} (a {@link DeadlineKind} name).
 */
@Component("deadlineReminderDelegate")
class DeadlineReminderDelegate implements JavaDelegate {

  private final DeadlineService deadlines;

  DeadlineReminderDelegate(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineKind kind = DeadlineKind.valueOf((String) execution.getVariableLocal(Vars.DEADLINE));
    deadlines.remind(ProcessIds.conferenceId(execution), kind, execution.getProcessInstanceId());
  }
}

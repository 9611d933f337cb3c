package vn.thiduaflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * When a deadline timer fires, escalates the deadline's open tasks to the council chair and the standing office
 * ({@link EscalationService#escalate}). Two shapes: a user task's {@code timeout} listener (TimeoutListener_*Deadline:
 * nominations, dossier review, results report), whose deadline is the task's
 * ({@link DeadlineService#deadlineOfTimeout}); and the service task after a non-interrupting boundary timer (the
 * vote's multi-instance body, the dossier sub-process, and every deadline of definitions deployed before the timeout
 * listeners), whose deadline is the element's input variable {@value Vars#DEADLINE} (a {@link DeadlineKind} name).
 */
@Component("deadlineEscalationDelegate")
class DeadlineEscalationDelegate implements JavaDelegate, TaskListener {

  private final EscalationService escalations;

  DeadlineEscalationDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(ProcessIds.conferenceId(execution),
        DeadlineKind.valueOf((String) execution.getVariableLocal(Vars.DEADLINE)), execution.getProcessInstanceId());
  }

  @Override
  public void notify(DelegateTask task) {
    DeadlineKind kind = DeadlineService.deadlineOfTimeout(task.getTaskDefinitionKey());
    escalations.escalate(ProcessIds.conferenceId(task), kind, task.getProcessInstanceId());
  }
}

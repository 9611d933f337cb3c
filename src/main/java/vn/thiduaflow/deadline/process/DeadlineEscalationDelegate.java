package vn.thiduaflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After a deadline timer (BoundaryEvent_*Deadline, non-interrupting): escalates the deadline's open tasks to the
 * council chair and the standing office ({@link EscalationService#escalate}). The deadline is the element's input
 * variable {@value Vars#DEADLINE} (a {@link DeadlineKind} name).
 */
@Component("deadlineEscalationDelegate")
class DeadlineEscalationDelegate implements JavaDelegate {

  private final EscalationService escalations;

  DeadlineEscalationDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(ProcessIds.conferenceId(execution),
        DeadlineKind.valueOf((String) execution.getVariableLocal(Vars.DEADLINE)), execution.getProcessInstanceId());
  }
}

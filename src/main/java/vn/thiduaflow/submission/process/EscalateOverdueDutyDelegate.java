package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.DutyService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After BoundaryEvent_DutyDeadline (non-interrupting): escalates the late duty {@value Vars#DUTY_CODE} once to the
 * unit's council chair and standing office, and through them its supervisor ({@link DutyService#escalate}).
 */
@Component("escalateOverdueDutyDelegate")
class EscalateOverdueDutyDelegate implements JavaDelegate {

  private final DutyService duties;

  EscalateOverdueDutyDelegate(DutyService duties) {
    this.duties = duties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    duties.escalate(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.DUTY_CODE),
        execution.getProcessInstanceId());
  }
}

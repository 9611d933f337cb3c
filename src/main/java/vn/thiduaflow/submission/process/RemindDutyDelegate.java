package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.DutyService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After BoundaryEvent_DutyReminder (non-interrupting): reminds the holder of the duty {@value Vars#DUTY_CODE}, unless
 * its day has passed ({@link DutyService#remind}).
 */
@Component("remindDutyDelegate")
class RemindDutyDelegate implements JavaDelegate {

  private final DutyService duties;

  RemindDutyDelegate(DutyService duties) {
    this.duties = duties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    duties.remind(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.DUTY_CODE),
        execution.getProcessInstanceId());
  }
}

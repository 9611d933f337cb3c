package vn.thiduaflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.report.DeadlineKind;
import vn.thiduaflow.report.EscalationService;
import vn.thiduaflow.system.ProcessModel.Vars;

/** After BoundaryEvent_NominationDeadline: escalates the overdue nomination task to the chair and standing office. */
@Component("escalateOverdueNominationsDelegate")
class EscalateOverdueNominationsDelegate implements JavaDelegate {

  private final EscalationService escalations;

  EscalateOverdueNominationsDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate((Long) execution.getVariable(Vars.CONFERENCE_ID), DeadlineKind.NOMINATIONS,
        execution.getProcessInstanceId());
  }
}

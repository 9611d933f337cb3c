package vn.thiduaflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.report.DeadlineKind;
import vn.thiduaflow.report.EscalationService;
import vn.thiduaflow.system.ProcessModel.Vars;

/** After BoundaryEvent_DossierDeadline: escalates the open dossier tasks to the chair and standing office. */
@Component("escalateOverdueDossierDelegate")
class EscalateOverdueDossierDelegate implements JavaDelegate {

  private final EscalationService escalations;

  EscalateOverdueDossierDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate((Long) execution.getVariable(Vars.CONFERENCE_ID), DeadlineKind.DOSSIER,
        execution.getProcessInstanceId());
  }
}

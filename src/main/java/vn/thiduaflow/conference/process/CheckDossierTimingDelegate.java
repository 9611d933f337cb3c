package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceDossier;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_CheckDossierTiming: approved by the plan's deadline and date in window; sets {@code dossierOnTime}. */
@Component("checkDossierTimingDelegate")
class CheckDossierTimingDelegate implements JavaDelegate {

  private final ConferenceDossier dossier;

  CheckDossierTimingDelegate(ConferenceDossier dossier) {
    this.dossier = dossier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = dossier.checkDossierTiming(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.DOSSIER_ON_TIME, outcome.passed());
  }
}

package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_PrepareConference: links the conference to this instance; sets {@code pilotConsultation}. */
@Component("prepareConferenceDelegate")
class PrepareConferenceDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  PrepareConferenceDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean consult = conferences.prepare(ProcessIds.conferenceId(execution),
        execution.getProcessInstanceId());
    execution.setVariable(Vars.PILOT_CONSULTATION, consult);
  }
}

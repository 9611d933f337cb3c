package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_PrepareConference: links the conference to this instance; sets {@code pilotConsultation}. */
@Component("prepareConferenceDelegate")
class PrepareConferenceDelegate implements JavaDelegate {

  private final ConferenceScheduling scheduling;

  PrepareConferenceDelegate(ConferenceScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean consult = scheduling.prepare(ProcessIds.conferenceId(execution),
        execution.getProcessInstanceId());
    execution.setVariable(Vars.PILOT_CONSULTATION, consult);
  }
}

package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_PrepareConference: links the conference to this instance; sets the flags of the gateways that follow,
 * {@code pilotConsultation} and {@code awaitsLowerDelegates}.
 */
@Component("prepareConferenceDelegate")
class PrepareConferenceDelegate implements JavaDelegate {

  private final ConferenceScheduling scheduling;
  private final ConferenceQueries conferences;

  PrepareConferenceDelegate(ConferenceScheduling scheduling, ConferenceQueries conferences) {
    this.scheduling = scheduling;
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    boolean consult = scheduling.prepare(conferenceId, execution.getProcessInstanceId());
    execution.setVariable(Vars.PILOT_CONSULTATION, consult);
    execution.setVariable(Vars.AWAITS_LOWER_DELEGATES, conferences.awaitsLowerDelegates(conferenceId));
  }
}

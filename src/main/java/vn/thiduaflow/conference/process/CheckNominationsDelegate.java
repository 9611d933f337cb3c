package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceNominations;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_CheckNominations: records whether nominations came on time and excludes nominees not recognized within
 * the plan's period. Sets no flag: a late list is escalated by the timer, not refused.
 */
@Component("checkNominationsDelegate")
class CheckNominationsDelegate implements JavaDelegate {

  private final ConferenceNominations conferences;

  CheckNominationsDelegate(ConferenceNominations conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conferences.checkNominations(ProcessIds.conferenceId(execution));
  }
}

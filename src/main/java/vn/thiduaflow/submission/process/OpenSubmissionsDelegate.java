package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_OpenSubmissions, first in the branch that runs beside the main flow once the conference is scheduled:
 * opens the plan's submissions for the unit ({@link SubmissionService#open}) and sets
 * {@value Vars#ORGANIZING_COMMITTEE_REQUIRED}.
 */
@Component("openSubmissionsDelegate")
class OpenSubmissionsDelegate implements JavaDelegate {

  private final SubmissionService submissions;

  OpenSubmissionsDelegate(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var opened = submissions.open(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.ORGANIZING_COMMITTEE_REQUIRED, opened.committeeRequired());
  }
}

package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After BoundaryEvent_SubmissionDeadline (non-interrupting): escalates the late submission
 * {@value Vars#SUBMISSION_CODE} once to the unit's council chair and standing office
 * ({@link SubmissionService#escalate}).
 */
@Component("escalateOverdueSubmissionDelegate")
class EscalateOverdueSubmissionDelegate implements JavaDelegate {

  private final SubmissionService submissions;

  EscalateOverdueSubmissionDelegate(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    submissions.escalate(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.SUBMISSION_CODE),
        execution.getProcessInstanceId());
  }
}

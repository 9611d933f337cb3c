package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After BoundaryEvent_SubmissionReminder (non-interrupting): reminds the secretaries of the submission
 * {@value Vars#SUBMISSION_CODE}, unless its deadline has passed ({@link SubmissionService#remind}).
 */
@Component("remindSubmissionDelegate")
class RemindSubmissionDelegate implements JavaDelegate {

  private final SubmissionService submissions;

  RemindSubmissionDelegate(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    submissions.remind(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.SUBMISSION_CODE),
        execution.getProcessInstanceId());
  }
}

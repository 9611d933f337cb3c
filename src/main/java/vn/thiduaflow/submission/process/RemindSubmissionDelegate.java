package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * When a submission's reminder timer fires (UserTask_SendSubmission's timeout listener
 * TimeoutListener_SubmissionReminder; the service task after BoundaryEvent_SubmissionReminder in definitions deployed
 * before it): reminds the secretaries of the submission {@value Vars#SUBMISSION_CODE}, unless its deadline has passed
 * ({@link SubmissionService#remind}).
 */
@Component("remindSubmissionDelegate")
class RemindSubmissionDelegate implements JavaDelegate, TaskListener {

  private final SubmissionService submissions;

  RemindSubmissionDelegate(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    submissions.remind(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.SUBMISSION_CODE),
        execution.getProcessInstanceId());
  }

  @Override
  public void notify(DelegateTask task) {
    submissions.remind(ProcessIds.conferenceId(task), (String) task.getVariable(Vars.SUBMISSION_CODE),
        task.getProcessInstanceId());
  }
}

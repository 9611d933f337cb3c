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
 * When a submission's deadline timer fires (UserTask_SendSubmission's timeout listener
 * TimeoutListener_SubmissionDeadline; the service task after BoundaryEvent_SubmissionDeadline in definitions deployed
 * before it): escalates the late submission {@value Vars#SUBMISSION_CODE} once to the unit's council chair and standing
 * office ({@link SubmissionService#escalate}).
 */
@Component("escalateOverdueSubmissionDelegate")
class EscalateOverdueSubmissionDelegate implements JavaDelegate, TaskListener {

  private final SubmissionService submissions;

  EscalateOverdueSubmissionDelegate(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    submissions.escalate(ProcessIds.conferenceId(execution), (String) execution.getVariable(Vars.SUBMISSION_CODE),
        execution.getProcessInstanceId());
  }

  @Override
  public void notify(DelegateTask task) {
    submissions.escalate(ProcessIds.conferenceId(task), (String) task.getVariable(Vars.SUBMISSION_CODE),
        task.getProcessInstanceId());
  }
}

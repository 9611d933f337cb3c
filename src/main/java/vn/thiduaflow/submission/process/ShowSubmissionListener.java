package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SubmissionForms;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On creating UserTask_SendSubmission or UserTask_EstablishOrganizingCommittee (after {@code taskContentListener}):
 * puts what the task shows into it as task-local variables ({@link SubmissionForms}), the tab's upload slots among
 * them, and for a submission adds its lines — what, to whom, due when with the clause — to the task's brief
 * ({@value TaskBrief#BRIEF}).
 */
@Component("showSubmissionListener")
class ShowSubmissionListener implements TaskListener {

  private final SubmissionForms forms;

  ShowSubmissionListener(SubmissionForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    if (Elements.ESTABLISH_ORGANIZING_COMMITTEE.equals(task.getTaskDefinitionKey())) {
      task.setVariablesLocal(forms.committee(conferenceId));
      return;
    }
    String code = (String) task.getVariable(Vars.SUBMISSION_CODE);
    task.setVariablesLocal(forms.submission(conferenceId, code));
    TaskBrief.append(task, forms.briefLines(conferenceId, code));
  }
}

package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.SubmissionForms;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_SendSubmission: records the submission as sent once every required document has a file
 * ({@link SubmissionService#send}: refused naming each missing document, the task stays open). The form's read-only
 * list is taken out of the task.
 */
@Component("recordSubmissionSentListener")
class RecordSubmissionSentListener implements TaskListener {

  private final SubmissionService submissions;
  private final UnitAccess access;

  RecordSubmissionSentListener(SubmissionService submissions, UnitAccess access) {
    this.submissions = submissions;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    FormLists.take(task, SubmissionForms.DOCUMENTS, "Danh sách tài liệu", "the document list");
    submissions.send(ProcessIds.conferenceId(task), (String) task.getVariable(Vars.SUBMISSION_CODE), access.userId());
  }
}

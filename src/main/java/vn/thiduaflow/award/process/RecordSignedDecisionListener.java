package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_UploadSignedDecision: the signed scan must be in the documents tab
 * ({@link CommendationDocuments#signedScanUploaded}); otherwise refused and the task stays open.
 */
@Component("recordSignedDecisionListener")
class RecordSignedDecisionListener implements TaskListener {

  private final CommendationDocuments commendations;

  RecordSignedDecisionListener(CommendationDocuments commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    FormLists.take(task, "signedUploaded", "signedUploaded", "signedUploaded");
    if (!commendations.signedScanUploaded(ProcessIds.conferenceId(task))) {
      throw InvalidInputException.of("signedUploaded", "award.signed.missing");
    }
  }
}

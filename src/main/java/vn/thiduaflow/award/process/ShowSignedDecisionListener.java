package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.system.ProcessIds;

/**
 * On creating UserTask_UploadSignedDecision: the decisions issued with their downloads ({@code commendationDocuments}:
 * the decision as DOCX, the certificates in full print and onto blanks) and the request for the signed scan in the
 * documents tab ({@link CommendationDocuments#requestSignedScan}).
 */
@Component("showSignedDecisionListener")
class ShowSignedDecisionListener implements TaskListener {

  private final CommendationDocuments commendations;

  ShowSignedDecisionListener(CommendationDocuments commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    task.setVariableLocal("commendationDocuments", commendations.documentsMarkdown(conferenceId));
    commendations.requestSignedScan(task);
  }
}

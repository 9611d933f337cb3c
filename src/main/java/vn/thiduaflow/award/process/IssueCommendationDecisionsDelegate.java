package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_IssueCommendationDecisions: issues the approved proposal's decisions, one per award form, numbered by
 * the authority's register ({@link CommendationService#issue}; idempotent, so a retried job numbers nothing twice).
 */
@Component("issueCommendationDecisionsDelegate")
class IssueCommendationDecisionsDelegate implements JavaDelegate {

  private final CommendationService commendations;

  IssueCommendationDecisionsDelegate(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    commendations.issue(ProcessIds.conferenceId(execution), authentication == null ? "system"
        : authentication.getUserId());
  }
}

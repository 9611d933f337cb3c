package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationDraft;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessIds;

/**
 * On creating UserTask_DraftCommendation: the proposal's rows ({@value CommendationForms#LIST}: the approved
 * nominees, or the lines of a returned draft), the award forms the conference's authority grants
 * ({@code awardFormOptions}) and, after a return, the chair's reason ({@code commendationReturned}).
 */
@Component("showCommendationDraftListener")
class ShowCommendationDraftListener implements TaskListener {

  private final CommendationService commendations;

  ShowCommendationDraftListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    task.setVariableLocal(CommendationForms.LIST, FormLists.json(commendations.draftRows(conferenceId)));
    task.setVariableLocal("awardFormOptions", FormLists.json(commendations.awardFormOptions(conferenceId)));
    String returned = commendations.draftOf(conferenceId)
        .filter(d -> d.getStatus() == CommendationDraft.Status.RETURNED)
        .map(d -> "**Chủ tịch đã trả lại Tờ trình, lý do:** " + MarkdownText.escape(d.getReturnReason())).orElse("");
    task.setVariableLocal("commendationReturned", returned);
  }
}

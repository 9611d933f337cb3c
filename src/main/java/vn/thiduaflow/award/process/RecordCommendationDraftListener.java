package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_DraftCommendation: stores the office's proposal ({@link CommendationService#draft}: every
 * wrong line and field at once, nothing stored and the task stays open). The list is taken out of the process.
 */
@Component("recordCommendationDraftListener")
class RecordCommendationDraftListener implements TaskListener {

  private final CommendationService commendations;

  RecordCommendationDraftListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Object sent = FormLists.take(task, CommendationForms.LIST, "Danh sách đề nghị khen thưởng",
        "the commendation list").map(FormLists.Sent::value).orElse(null);
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    commendations.draft(ProcessIds.conferenceId(task), CommendationForms.lines(sent),
        authentication == null ? "system" : authentication.getUserId());
  }
}

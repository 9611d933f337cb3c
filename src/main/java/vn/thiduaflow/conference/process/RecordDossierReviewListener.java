package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.report.DossierDecision;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_ReviewDossier: records approval or return with reason; sets {@code dossierApproved}. */
@Component("recordDossierReviewListener")
class RecordDossierReviewListener implements TaskListener {

  private final ConferenceService conferences;

  RecordDossierReviewListener(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    DossierDecision decision = form.choice(Fields.DOSSIER_DECISION, DossierDecision.class);
    String reason = form.text(Fields.RETURN_REASON);
    boolean approved = conferences.reviewDossier(ProcessIds.conferenceId(task), decision, reason,
        task.getAssignee());
    task.getExecution().setVariable(Vars.DOSSIER_APPROVED, approved);
  }
}

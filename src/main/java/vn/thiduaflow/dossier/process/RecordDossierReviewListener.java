package vn.thiduaflow.dossier.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.DossierDecision;
import vn.thiduaflow.dossier.DossierFields;
import vn.thiduaflow.dossier.DossierService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_ReviewDossier: records approval, or the return with its reason and a finding per document
 * (the form's list {@value DossierFields#DOCUMENT_REVIEW}; {@link DossierService#review}: every problem at once, the
 * task stays open); sets {@code dossierApproved}.
 */
@Component("recordDossierReviewListener")
class RecordDossierReviewListener implements TaskListener {

  private final DossierService dossiers;

  RecordDossierReviewListener(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    FormLists.take(task, DossierFields.DOSSIER_DOCUMENTS, "Danh sách hồ sơ", "the dossier list");
    List<DossierService.FindingInput> findings = FormLists.take(task, DossierFields.DOCUMENT_REVIEW,
        "Ý kiến về từng tài liệu", "the document findings")
        .map(sent -> DossierService.findingsFromForm(sent.value())).orElse(List.of());
    FormValues form = FormValues.of(task.getExecution());
    DossierDecision decision = form.choice(Fields.DOSSIER_DECISION, DossierDecision.class);
    String reason = form.text(Fields.RETURN_REASON);
    boolean approved = dossiers.review(ProcessIds.conferenceId(task), decision, reason, findings,
        task.getAssignee());
    task.getExecution().setVariable(Vars.DOSSIER_APPROVED, approved);
  }
}

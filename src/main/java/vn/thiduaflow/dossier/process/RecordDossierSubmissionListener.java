package vn.thiduaflow.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.DossierFields;
import vn.thiduaflow.dossier.DossierService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_SubmitDossier: records the submission to the upper council once every required document of
 * the plan has a file ({@link DossierService#submit}: refused naming each missing document, the task stays open). The
 * form's read-only values are taken out of the task.
 */
@Component("recordDossierSubmissionListener")
class RecordDossierSubmissionListener implements TaskListener {

  private final DossierService dossiers;

  RecordDossierSubmissionListener(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    FormLists.take(task, DossierFields.DOSSIER_DOCUMENTS, "Danh sách hồ sơ", "the dossier list");
    dossiers.submit(ProcessIds.conferenceId(task));
  }
}

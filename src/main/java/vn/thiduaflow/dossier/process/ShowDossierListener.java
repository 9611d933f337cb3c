package vn.thiduaflow.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.DossierForms;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * On creating UserTask_SubmitDossier or UserTask_ReviewDossier: puts what the task shows into it as task-local
 * variables ({@link DossierForms#submission}, {@link DossierForms#review}): the documents and their status, the
 * last return, the tab's slots, and the review's list of findings.
 */
@Component("showDossierListener")
class ShowDossierListener implements TaskListener {

  private final DossierForms forms;

  ShowDossierListener(DossierForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    task.setVariablesLocal(Elements.REVIEW_DOSSIER.equals(task.getTaskDefinitionKey()) ? forms.review(conferenceId)
        : forms.submission(conferenceId));
  }
}

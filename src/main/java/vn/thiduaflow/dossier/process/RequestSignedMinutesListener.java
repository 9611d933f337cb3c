package vn.thiduaflow.dossier.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.plan.model.DossierDocument;

/**
 * On creating UserTask_RecordConferenceHeld: the task requests the signed minutes of the conference (scan or photo,
 * {@value DossierDocument#RESERVED_MINUTES}) in its task-local {@value RequestedDocument#VARIABLE}, so the documents
 * tab offers their upload to whoever works the task.
 */
@Component("requestSignedMinutesListener")
class RequestSignedMinutesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(RequestedDocument.VARIABLE, RequestedDocument.json(List.of(new RequestedDocument(
        DossierDocument.RESERVED_MINUTES, "Biên bản Hội nghị (bản đã ký, scan PDF hoặc ảnh)", true, null))));
  }
}

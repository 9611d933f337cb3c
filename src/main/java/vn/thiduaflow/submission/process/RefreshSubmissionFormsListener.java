package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.dossier.ConferenceDocumentStored;
import vn.thiduaflow.submission.SubmissionForms;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * A document of a conference was stored: its open submission tasks show the documents' new status
 * ({@link SubmissionForms#submission}), in the storing transaction, with the engine's rights (the upload's were
 * checked before it was stored).
 */
@Component
class RefreshSubmissionFormsListener {

  private final TaskService tasks;
  private final SubmissionForms forms;
  private final UnitAccess unitAccess;

  RefreshSubmissionFormsListener(TaskService tasks, SubmissionForms forms, UnitAccess unitAccess) {
    this.tasks = tasks;
    this.forms = forms;
    this.unitAccess = unitAccess;
  }

  /** The open submission tasks are looked up by the conference's own instance (an indexed column of the task table). */
  @EventListener
  void stored(ConferenceDocumentStored stored) {
    if (stored.processInstanceId() == null) {
      return;
    }
    unitAccess.asSystem(() -> {
      for (var task : tasks.createTaskQuery().processInstanceId(stored.processInstanceId())
          .taskDefinitionKey(Elements.SEND_SUBMISSION).list()) {
        String code = (String) tasks.getVariable(task.getId(), Vars.SUBMISSION_CODE);
        tasks.setVariablesLocal(task.getId(), forms.submission(stored.conferenceId(), code));
      }
      return null;
    });
  }
}

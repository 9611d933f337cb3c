package vn.thiduaflow.dossier.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.dossier.ConferenceDocumentStored;
import vn.thiduaflow.dossier.DossierForms;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * A document of a conference was stored: the open dossier task of that conference shows its new status (the form's
 * list is the task's own variables, {@link DossierForms#submission}), in the storing transaction. The upload's
 * rights were checked before it was stored; the variables are written with the engine's rights.
 */
@Component
class RefreshDossierFormListener {

  private final TaskService tasks;
  private final DossierForms forms;
  private final UnitAccess unitAccess;

  RefreshDossierFormListener(TaskService tasks, DossierForms forms, UnitAccess unitAccess) {
    this.tasks = tasks;
    this.forms = forms;
    this.unitAccess = unitAccess;
  }

  /**
   * The open dossier task is looked up by the conference's own instance (an indexed column of the task table), not by
   * business key and definition key (joins H2 evaluates for every open task).
   */
  @EventListener
  void stored(ConferenceDocumentStored stored) {
    if (stored.processInstanceId() == null) {
      return;
    }
    unitAccess.asSystem(() -> {
      var open = tasks.createTaskQuery().processInstanceId(stored.processInstanceId())
          .taskDefinitionKey(Elements.SUBMIT_DOSSIER).list();
      if (!open.isEmpty()) {
        var vars = forms.submission(stored.conferenceId());
        open.forEach(t -> tasks.setVariablesLocal(t.getId(), vars));
      }
      return null;
    });
  }
}

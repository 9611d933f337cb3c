package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_SubmitDossier: records the submission to the upper council. */
@Component("recordDossierSubmissionListener")
class RecordDossierSubmissionListener implements TaskListener {

  private final ConferenceService conferences;

  RecordDossierSubmissionListener(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    conferences.submitDossier(ProcessIds.conferenceId(task), form.flag(Fields.DOSSIER_CONTENTS_COMPLETE));
  }
}

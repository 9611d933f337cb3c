package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_SubmitNominations: records the date the unit sent its nominations. */
@Component("recordNominationsListener")
class RecordNominationsListener implements TaskListener {

  private final ConferenceService conferences;

  RecordNominationsListener(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    form.text(Fields.NOMINATIONS_NOTE);
    conferences.submitNominations(ProcessIds.conferenceId(task), form.flag(Fields.NOMINATIONS_SENT));
  }
}

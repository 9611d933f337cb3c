package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceNominations;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_SubmitNominations, after the nominee list is stored ({@code recordNomineeListListener}):
 * records the date the unit sent its nominations, with the secretary's note
 * ({@link ConferenceNominations#submitNominations}).
 */
@Component("recordNominationsListener")
class RecordNominationsListener implements TaskListener {

  private final ConferenceNominations nominations;

  RecordNominationsListener(ConferenceNominations nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    nominations.submitNominations(ProcessIds.conferenceId(task), form.flag(Fields.NOMINATIONS_SENT),
        form.text(Fields.NOMINATIONS_NOTE));
  }
}

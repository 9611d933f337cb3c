package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_RecordConferenceHeld: records attendance and that the programme was followed. */
@Component("recordConferenceHeldListener")
class RecordConferenceHeldListener implements TaskListener {

  private final ConferenceService conferences;

  RecordConferenceHeldListener(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    conferences.recordHeld(ProcessIds.conferenceId(task), form.integer(Fields.ATTENDEE_COUNT),
        form.flag(Fields.PROGRAMME_FOLLOWED));
  }
}

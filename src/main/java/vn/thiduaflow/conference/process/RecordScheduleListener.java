package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.plan.ConferenceForm;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_ScheduleConference: records form, date, edition, venue, staff count. */
@Component("recordScheduleListener")
class RecordScheduleListener implements TaskListener {

  private final ConferenceService conferences;

  RecordScheduleListener(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    conferences.schedule(ProcessIds.conferenceId(task),
        form.choice(Fields.CONFERENCE_FORM, ConferenceForm.class), form.date(Fields.CONFERENCE_DATE),
        form.text(Fields.EDITION), form.text(Fields.VENUE), form.integer(Fields.STAFF_COUNT),
        form.flag(Fields.STAGED_FORMAT));
  }
}

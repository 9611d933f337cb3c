package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceDateService;
import vn.thiduaflow.conference.LateDossierAction;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_DecideLateDossier: reschedule or hold with a reason; sets {@code conferenceRescheduled}. */
@Component("recordLateDossierDecisionListener")
class RecordLateDossierDecisionListener implements TaskListener {

  private final ConferenceDateService dates;

  RecordLateDossierDecisionListener(ConferenceDateService dates) {
    this.dates = dates;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    boolean rescheduled = dates.decideLateDossier(ProcessIds.conferenceId(task),
        form.choice(Fields.LATE_DOSSIER_ACTION, LateDossierAction.class), form.date(Fields.NEW_CONFERENCE_DATE),
        form.text(Fields.LATE_DOSSIER_REASON));
    task.getExecution().setVariable(Vars.CONFERENCE_RESCHEDULED, rescheduled);
  }
}

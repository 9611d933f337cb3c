package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/** On completing UserTask_ConsultUpperCouncilOnPilotPlan: the upper council must agree to the pilot's plan (172/KH-UBND §II.2.3). */
@Component("recordPilotConsultationListener")
class RecordPilotConsultationListener implements TaskListener {

  private final ConferenceScheduling scheduling;

  RecordPilotConsultationListener(ConferenceScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    boolean agreed = form.flag(Fields.PILOT_PLAN_AGREED);
    scheduling.recordPilotConsultation(ProcessIds.conferenceId(task), agreed, form.text(Fields.PILOT_PLAN_OPINION));
  }
}

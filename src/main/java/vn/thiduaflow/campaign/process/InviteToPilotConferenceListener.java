package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.PilotLevels;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * When a conference's schedule has passed the plan check (ServiceTask_CheckConferencePlan ends with
 * {@code conferencePlanValid}: date in the window, official name set) and the conference is a pilot's, the units of its
 * level are invited ({@link PilotLevels#invite}), in the same transaction. Heard on Camunda's Spring event bridge (every
 * activity's end is published as a {@link DelegateExecution}, {@code camunda.bpm.eventing.execution}, on by default),
 * so the model needs no listener of its own. A reschedule of the pilot's conference invites them again to its new day.
 */
@Component
class InviteToPilotConferenceListener {

  /** The service task of {@code bpmn/UnitConference.bpmn} that checks the schedule and names the conference. */
  static final String CHECK_CONFERENCE_PLAN = "ServiceTask_CheckConferencePlan";

  private final PilotLevels pilots;

  InviteToPilotConferenceListener(PilotLevels pilots) {
    this.pilots = pilots;
  }

  @EventListener
  void activityEnded(DelegateExecution execution) {
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && CHECK_CONFERENCE_PLAN.equals(execution.getCurrentActivityId())
        && execution.getProcessDefinitionId() != null
        && execution.getProcessDefinitionId().startsWith(ProcessModel.UNIT_CONFERENCE + ":")
        && Boolean.TRUE.equals(execution.getVariable(Vars.CONFERENCE_PLAN_VALID))) {
      pilots.invite(ProcessIds.conferenceId(execution));
    }
  }

  /**
   * A pilot's conference moved (the office's reschedule or the chair's late-dossier decision): the units of its level
   * are invited again to the new day — {@link PilotLevels#invite} sends once per date, so an unchanged day sends
   * nothing — in the transaction that stored it.
   */
  @EventListener
  void rescheduled(vn.thiduaflow.conference.ConferenceRescheduled rescheduled) {
    pilots.invite(rescheduled.conferenceId());
  }
}

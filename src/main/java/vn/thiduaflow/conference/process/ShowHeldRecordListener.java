package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceHeldService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On creating UserTask_RecordConferenceHeld: gives the form what it offers — the day prefilled with the scheduled
 * day ({@code heldOn}), the approved nominees as the upper delegates' options ({@code approvedNominees}), how many of
 * each kind to choose ({@code delegatesToChoose}, text) and whether there are any ({@code choosesUpperDelegates}). The
 * dossier's {@code requestSignedMinutesListener} asks for the signed minutes on the same task.
 */
@Component("showHeldRecordListener")
class ShowHeldRecordListener implements TaskListener {

  private final ConferenceQueries conferences;
  private final ConferenceHeldService held;

  ShowHeldRecordListener(ConferenceQueries conferences, ConferenceHeldService held) {
    this.conferences = conferences;
    this.held = held;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = ProcessIds.conferenceId(task);
    var conference = conferences.get(id);
    if (conference.getScheduledOn() != null) {
      task.setVariableLocal(Fields.HELD_ON, conference.getScheduledOn().toString());
    }
    boolean chooses = held.choosesUpperDelegates(id);
    task.setVariableLocal("choosesUpperDelegates", chooses);
    task.setVariableLocal("approvedNominees", FormLists.json(held.delegateOptions(id)));
    int[] want = held.delegatesToChoose(id);
    task.setVariableLocal("delegatesToChoose", chooses ? want[0] + " tập thể và " + want[1] + " cá nhân" : "không");
  }
}

package vn.thiduaflow.simulation;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The chair decides on a late dossier an hour after being asked: moves the conference 7 days on when that day is in
 * its window and the dossier deadline is not a fixed date, else holds it as scheduled.
 */
@Component
class DecideLateDossierActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;

  DecideLateDossierActor(ConferenceQueries conferences) {
    this.conferences = conferences;
  }

  @Override
  public String taskKey() {
    return Elements.DECIDE_LATE_DOSSIER;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    Conference c = task.conference();
    LocalDate moved = c.getScheduledOn().plusDays(7);
    // against a fixed dossier date a new conference day cures nothing: the chair holds it as scheduled
    if (conferences.windowOf(c).contains(moved)
        && task.plan().dossierDeadlineFor(conferences.tierOf(c)).fixedDate() == null) {
      form.put(Fields.LATE_DOSSIER_ACTION, "RESCHEDULE");
      form.put(Fields.NEW_CONFERENCE_DATE, moved.toString());
      form.describe(": dời sang " + moved);
    } else {
      form.put(Fields.LATE_DOSSIER_ACTION, "HOLD_AS_SCHEDULED");
      form.put(Fields.LATE_DOSSIER_REASON, "Không còn ngày trong thời gian Kế hoạch; giữ nguyên lịch");
      form.describe(": giữ nguyên lịch");
    }
  }
}

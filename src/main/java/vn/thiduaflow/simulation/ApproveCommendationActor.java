package vn.thiduaflow.simulation;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The chair approves the proposal the day it arrives (or on the conference day when that comes first), signing as
 * the council's chair.
 */
@Component
class ApproveCommendationActor implements ConferenceTaskActor {

  private final CommendationService commendations;

  ApproveCommendationActor(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public String taskKey() {
    return Elements.APPROVE_COMMENDATION;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    LocalDate day = task.created().toLocalDate();
    LocalDate held = task.conference().getScheduledOn();
    form.put("commendationDecision", "APPROVE");
    form.put("decidedOn", (held != null && held.isBefore(day) ? held : day).toString());
    form.put("signerTitle", "CHỦ TỊCH");
    form.put("signerName", commendations.chairName(task.conference().getId()).orElse("Chủ tịch (mô phỏng)"));
  }
}

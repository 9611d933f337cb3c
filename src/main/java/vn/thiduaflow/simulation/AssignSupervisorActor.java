package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.SupervisionService;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 22: the office above assigns a supervisor the next morning, its council's members in turn, one unit after
 * another (by conference id).
 */
@Component
class AssignSupervisorActor implements ConferenceTaskActor {

  private final SupervisionService supervision;

  AssignSupervisorActor(SupervisionService supervision) {
    this.supervision = supervision;
  }

  @Override
  public String taskKey() {
    return Elements.ASSIGN_SUPERVISOR;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    var c = task.conference();
    var members = supervision.candidates(c.getId());
    var chosen = members.get((int) (c.getId() % members.size()));
    form.put(Fields.SUPERVISOR, chosen.getUsername());
    form.describe(": " + chosen.getFullName() + " (" + chosen.getUsername() + ")");
  }
}

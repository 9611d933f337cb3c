package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/** The council above agrees to a pilot unit's plan the morning after being consulted. */
@Component
class ConsultUpperCouncilActor implements ConferenceTaskActor {

  @Override
  public String taskKey() {
    return Elements.CONSULT_UPPER_COUNCIL;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    form.put(Fields.PILOT_PLAN_AGREED, true);
    form.put(Fields.PILOT_PLAN_OPINION, "Thống nhất kế hoạch đơn vị điểm");
  }
}

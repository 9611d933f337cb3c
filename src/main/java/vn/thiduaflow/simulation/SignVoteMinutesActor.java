package vn.thiduaflow.simulation;

import org.springframework.stereotype.Component;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/** The chair signs the vote's minutes an hour after they are drawn up. */
@Component
class SignVoteMinutesActor implements ConferenceTaskActor {

  @Override
  public String taskKey() {
    return Elements.SIGN_VOTE_MINUTES;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    form.put(Fields.MINUTES_SIGNED, true);
  }
}

package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotChoice;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_VoteOnNominees: casts the assignee's secret ballot and removes the choice from the process. */
@Component("recordBallotListener")
class RecordBallotListener implements TaskListener {

  private final BallotService ballots;

  RecordBallotListener(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void notify(DelegateTask task) {
    BallotChoice choice = FormValues.of(task.getExecution()).choice(Fields.BALLOT, BallotChoice.class);
    ballots.cast((Long) task.getVariable(Vars.CONFERENCE_ID), task.getAssignee(), choice);
  }
}

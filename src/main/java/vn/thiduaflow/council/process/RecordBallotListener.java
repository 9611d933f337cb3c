package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_VoteOnNominees: casts the assignee's secret ballot (a mark per nominee,
 * {@link BallotService#marks}) and removes it from the process.
 * When a user is authenticated (Tasklist, REST), only the assignee may cast it.
 */
@Component("recordBallotListener")
class RecordBallotListener implements TaskListener {

  private final BallotService ballots;

  RecordBallotListener(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void notify(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && !authentication.getUserId().equals(task.getAssignee())) {
      // a ballot is cast by its member in person: not by an administrator or anyone holding the task id
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.onBehalf", authentication.getUserId(),
          task.getAssignee());
    }
    Object sent;
    try {
      sent = task.getExecution().getVariableLocal(Fields.BALLOT);
    } catch (org.camunda.bpm.engine.ProcessEngineException unreadable) { // e.g. an Object variable
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.unreadable");
    }
    ballots.cast(ProcessIds.conferenceId(task), task.getAssignee(), sent);
    // the choice lived only in the task's own scope (input parameter "ballot"); it goes with the ballot into the box
    task.getExecution().removeVariableLocal(Fields.BALLOT);
  }
}

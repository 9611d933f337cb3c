package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_ProposeDelegateComposition, after the composition is recorded
 * ({@code recordCompositionListener}): opens the ballot box of the conference's current round
 * ({@link BallotService#openRound}, idempotent).
 */
@Component("openBallotRoundListener")
class OpenBallotRoundListener implements TaskListener {

  private final BallotService ballots;

  OpenBallotRoundListener(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void notify(DelegateTask task) {
    ballots.openRound(ProcessIds.conferenceId(task));
  }
}

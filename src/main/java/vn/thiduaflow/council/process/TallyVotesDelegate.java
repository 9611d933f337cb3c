package vn.thiduaflow.council.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.council.VoteProposal;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_TallyVotes: counts the round against the plan's threshold; sets {@code votePassed}. */
@Component("tallyVotesDelegate")
class TallyVotesDelegate implements JavaDelegate {

  private final BallotService ballots;

  TallyVotesDelegate(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = ballots.tally(ProcessIds.conferenceId(execution));
    VoteProposal.withdraw(execution);
    execution.setVariable(Vars.VOTE_PASSED, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null
        : "Hội đồng chưa thông qua (vote failed): " + outcome.violations());
  }
}

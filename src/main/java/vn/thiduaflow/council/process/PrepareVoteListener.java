package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.council.VoteProposal;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * End listener of ServiceTask_CheckComposition: when the composition passed ({@code compositionValid}), whether the
 * unit's council may vote ({@code councilReady}: a chair and enough voting members, {@link CouncilService#ready}) and
 * the slate the members vote on ({@code proposal}, {@link VoteProposal#show}) for their vote forms. No vote without a
 * council that may vote: when it may not, the office's council task comes first (UserTask_MaintainCouncil).
 */
@Component("prepareVoteListener")
class PrepareVoteListener implements ExecutionListener {

  private final CouncilService councils;
  private final VoteProposal proposal;

  PrepareVoteListener(CouncilService councils, VoteProposal proposal) {
    this.councils = councils;
    this.proposal = proposal;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable(Vars.COMPOSITION_VALID))) {
      execution.setVariable(Vars.COUNCIL_READY, councils.ready(ProcessIds.conferenceId(execution)));
      proposal.show(execution);
    }
  }
}

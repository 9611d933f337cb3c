package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceComposition;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.council.VoteProposal;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_CheckComposition: cap, exemplar share, presidium, quota, presentations, programme; sets
 * {@code compositionValid}, and when it passed {@code councilReady} and the {@code proposal} the members' vote forms
 * show.
 */
@Component("checkCompositionDelegate")
class CheckCompositionDelegate implements JavaDelegate {

  private final ConferenceComposition composition;
  private final ConferenceQueries conferences;
  private final VoteProposal proposal;
  private final CouncilService councils;

  CheckCompositionDelegate(ConferenceComposition composition, ConferenceQueries conferences, VoteProposal proposal,
      CouncilService councils) {
    this.composition = composition;
    this.conferences = conferences;
    this.councils = councils;
    this.proposal = proposal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = composition.checkComposition(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.COMPOSITION_VALID, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null : outcome.violations());
    if (outcome.passed()) {
      Conference conference = conferences.get(ProcessIds.conferenceId(execution));
      // no vote without a council that may vote: the office's council task comes first (UserTask_MaintainCouncil)
      execution.setVariable(Vars.COUNCIL_READY,
          councils.ready(conferences.structureOf(conference), conference.getUnitCode()));
      proposal.show(execution); // the slate the members vote on, for their vote forms
    }
  }
}

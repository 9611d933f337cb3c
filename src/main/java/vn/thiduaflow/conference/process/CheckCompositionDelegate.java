package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceComposition;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_CheckComposition: cap, exemplar share, presidium, quota, presentations, programme; sets
 * {@code compositionValid} and, when it failed, the {@code ruleViolations}. When it passed, the council's
 * {@code prepareVoteListener} (end listener) sets {@code councilReady} and the {@code proposal} the members' vote forms
 * show.
 */
@Component("checkCompositionDelegate")
class CheckCompositionDelegate implements JavaDelegate {

  private final ConferenceComposition composition;

  CheckCompositionDelegate(ConferenceComposition composition) {
    this.composition = composition;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = composition.checkComposition(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.COMPOSITION_VALID, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null : outcome.violations());
  }
}

package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceComposition;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_CheckComposition: records the composition's rule decisions with their clauses (cap, exemplar share,
 * presidium, quota, presentations, programme); sets {@code compositionValid}. The proposal's form refused every broken
 * rule at submission ({@code ConferenceComposition#propose}, the same rules), so the check passes; one that does not
 * is a fault, raised as an {@link IllegalStateException}: the submission is rolled back with the decisions just
 * recorded and the caller gets 500 — never a silent loop. Then the council's {@code prepareVoteListener} (end
 * listener) sets {@code councilReady} and the {@code proposal} the members' vote forms show.
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
    if (!outcome.passed()) {
      throw new IllegalStateException("The composition breaks plan rules its submission should have refused: "
          + outcome.violations());
    }
    execution.setVariable(Vars.COMPOSITION_VALID, true);
  }
}

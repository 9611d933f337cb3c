package vn.thiduaflow.conference.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.conference.ConferenceComposition;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * The two checks after a submission, now that UnitConference has no "invalid" branch after them (issue 25): a check
 * that passes sets its flag; one that fails — a submission let through what its form should have refused — is a fault
 * that rolls the submission back, not a silent loop back to the form.
 */
class CheckDelegatesTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);

  CheckDelegatesTest() {
    when(execution.getProcessBusinessKey()).thenReturn("42");
  }

  @Test
  void aPassedPlanCheckSetsItsFlag() {
    ConferenceScheduling scheduling = mock(ConferenceScheduling.class);
    when(scheduling.checkPlan(42L)).thenReturn(new Outcome(true, ""));
    new CheckConferencePlanDelegate(scheduling).execute(execution);
    verify(execution).setVariable(Vars.CONFERENCE_PLAN_VALID, true);
  }

  @Test
  void aFailedPlanCheckIsAFaultAndSetsNothing() {
    ConferenceScheduling scheduling = mock(ConferenceScheduling.class);
    when(scheduling.checkPlan(42L)).thenReturn(new Outcome(false, "dateInWindow: 30/12/2025 [§II.1]"));
    assertThatThrownBy(() -> new CheckConferencePlanDelegate(scheduling).execute(execution))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("dateInWindow: 30/12/2025 [§II.1]");
    verify(execution, never()).setVariable(anyString(), any());
  }

  @Test
  void aPassedCompositionCheckSetsItsFlag() {
    ConferenceComposition composition = mock(ConferenceComposition.class);
    when(composition.checkComposition(42L)).thenReturn(new Outcome(true, ""));
    new CheckCompositionDelegate(composition).execute(execution);
    verify(execution).setVariable(Vars.COMPOSITION_VALID, true);
  }

  @Test
  void aFailedCompositionCheckIsAFaultAndSetsNothing() {
    ConferenceComposition composition = mock(ConferenceComposition.class);
    when(composition.checkComposition(42L)).thenReturn(new Outcome(false, "delegateCap: 130 > 120 [§III.2]"));
    assertThatThrownBy(() -> new CheckCompositionDelegate(composition).execute(execution))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("delegateCap: 130 > 120");
    verify(execution, never()).setVariable(anyString(), any());
  }
}

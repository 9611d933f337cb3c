package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_CheckConferencePlan: records the schedule's rule decisions with their clauses (form allowed, date in the
 * window, dossier before the conference, attendance, outside events), decides plenary or delegate conference and
 * names the conference; sets {@code conferencePlanValid}. The schedule's form refused every broken rule at submission
 * ({@code ConferenceScheduling#schedule}, the same rules), so the check passes; one that does not is a fault, raised
 * as an {@link IllegalStateException}: the submission is rolled back with the decisions just recorded, the task
 * stays open and the caller gets 500 — never a silent loop.
 */
@Component("checkConferencePlanDelegate")
class CheckConferencePlanDelegate implements JavaDelegate {

  private final ConferenceScheduling scheduling;

  CheckConferencePlanDelegate(ConferenceScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = scheduling.checkPlan(ProcessIds.conferenceId(execution));
    if (!outcome.passed()) {
      throw new IllegalStateException("The schedule breaks plan rules its submission should have refused: "
          + outcome.violations());
    }
    execution.setVariable(Vars.CONFERENCE_PLAN_VALID, true);
  }
}

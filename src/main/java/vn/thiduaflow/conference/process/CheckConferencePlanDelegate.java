package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_CheckConferencePlan: form allowed, date in window, plenary or delegate, official name; sets {@code conferencePlanValid}. */
@Component("checkConferencePlanDelegate")
class CheckConferencePlanDelegate implements JavaDelegate {

  private final ConferenceScheduling scheduling;

  CheckConferencePlanDelegate(ConferenceScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = scheduling.checkPlan(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.CONFERENCE_PLAN_VALID, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null : outcome.violations());
  }
}

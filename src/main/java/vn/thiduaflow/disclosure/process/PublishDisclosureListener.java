package vn.thiduaflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.disclosure.DisclosureService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessIds;

/**
 * At the end of UnitConference's ServiceTask_CheckNominations: publishes the eligible nominees when the plan requires
 * disclosure ({@link DisclosureService#publish}) and sets the flag of Gateway_DisclosurePending,
 * {@code disclosurePending}, with {@code disclosureEndsAt} (a date: 00:00 of the day after the last day) that
 * TimerEvent_DisclosureEnds waits for before the vote opens.
 */
@Component("publishDisclosureListener")
class PublishDisclosureListener implements ExecutionListener {

  private final DisclosureService disclosures;

  PublishDisclosureListener(DisclosureService disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var published = disclosures.publish(ProcessIds.conferenceId(execution));
    execution.setVariable(DisclosureVars.PENDING, published.isPresent());
    published.ifPresent(d -> execution.setVariable(DisclosureVars.ENDS_AT,
        EngineClock.toDate(DisclosureService.voteOpensAt(d))));
  }
}

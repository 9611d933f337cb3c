package vn.thiduaflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.disclosure.DisclosureService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_CloseDisclosure, when the disclosure period has ended: closes the list and puts the comments into the
 * conference's instance for the council's vote form ({@code disclosureComments}, a JSON list of rows: number, nominee,
 * author, text, receivedOn; {@code disclosureSummary}, one Vietnamese sentence with the period and the count). Users
 * cannot write them (TASK_WORK, FormSubmissionGuard: not form fields). Clears {@code disclosurePending}, so a vote
 * repeated after a failed one does not wait again.
 */
@Component("closeDisclosureDelegate")
class CloseDisclosureDelegate implements JavaDelegate {

  private final DisclosureService disclosures;

  CloseDisclosureDelegate(DisclosureService disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    execution.setVariable(DisclosureVars.COMMENTS, FormLists.json(disclosures.close(conferenceId)));
    disclosures.summary(conferenceId).ifPresent(s -> execution.setVariable(DisclosureVars.SUMMARY, s));
    execution.setVariable(DisclosureVars.PENDING, false);
  }
}

package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceResults;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_ReportConferenceResults: approves the delegates to the upper level and reports the results upward
 * ({@link ConferenceResults#report}); a lower unit's conference also sends its report to its campaign by message
 * ({@code LowerReportReceived}), which the campaign does on {@code ConferenceReported}.
 */
@Component("reportConferenceResultsDelegate")
class ReportConferenceResultsDelegate implements JavaDelegate {

  private final ConferenceResults results;

  ReportConferenceResultsDelegate(ConferenceResults results) {
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    results.report(ProcessIds.conferenceId(execution));
  }
}

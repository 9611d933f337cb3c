package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_ReportConferenceResults: approves the delegates to the upper level and reports the results upward. */
@Component("reportConferenceResultsDelegate")
class ReportConferenceResultsDelegate implements JavaDelegate {

  private final ConferenceService conferences;
  private final ReportService reports;

  ReportConferenceResultsDelegate(ConferenceService conferences, ReportService reports) {
    this.conferences = conferences;
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = (Long) execution.getVariable(Vars.CONFERENCE_ID);
    var conference = conferences.get(id);
    reports.reportConference(conference, conferences.planOf(conference), EngineClock.now());
    conferences.markReported(id);
  }
}

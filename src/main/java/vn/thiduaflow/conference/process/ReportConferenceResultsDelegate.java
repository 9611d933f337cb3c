package vn.thiduaflow.conference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceHeldService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_ReportConferenceResults: approves the delegates to the upper level and reports the results upward; a
 * lower unit's conference also sends its report to its campaign by message ({@code LowerReportReceived}).
 */
@Component("reportConferenceResultsDelegate")
class ReportConferenceResultsDelegate implements JavaDelegate {

  private final ConferenceQueries conferences;
  private final ConferenceHeldService held;
  private final ReportService reports;
  private final CampaignService campaigns;

  ReportConferenceResultsDelegate(ConferenceQueries conferences, ConferenceHeldService held, ReportService reports,
      CampaignService campaigns) {
    this.conferences = conferences;
    this.held = held;
    this.reports = reports;
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = ProcessIds.conferenceId(execution);
    var conference = conferences.get(id);
    reports.reportConference(conference, conferences.planOf(conference), EngineClock.now());
    held.markReported(id);
    if (conference.getTier() == Tier.LOWER) {
      campaigns.sendLowerReport(conference.getCampaignId(), conference.getUnitCode());
    }
  }
}

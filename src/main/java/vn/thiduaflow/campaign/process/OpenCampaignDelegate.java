package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.campaign.ProgressReportService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_OpenCampaign: opens the issuer's own conference and the lower units' campaigns, conferences and expected
 * reports; sets {@code periodicProgressReports}, the flag of Gateway_PeriodicReports, from the plan. Its own
 * conference is found again from the campaign ({@code CampaignService#ownConferenceId}), never from a variable.
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;
  private final ProgressReportService progressReports;

  OpenCampaignDelegate(CampaignService campaigns, ProgressReportService progressReports) {
    this.campaigns = campaigns;
    this.progressReports = progressReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = ProcessIds.campaignId(execution);
    campaigns.openCampaign(campaignId, execution.getProcessInstanceId());
    execution.setVariable(Vars.PERIODIC_PROGRESS_REPORTS, progressReports.periodic(campaignId));
  }
}

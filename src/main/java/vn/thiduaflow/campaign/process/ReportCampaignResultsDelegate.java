package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_ReportCampaignResults (asynchronous, so a report colliding with a sibling's is retried by the job
 * executor): sends the campaign's summary to the plan's reporting recipient and, in a chain, the report to the campaign
 * above by message.
 */
@Component("reportCampaignResultsDelegate")
class ReportCampaignResultsDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  ReportCampaignResultsDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.reportResults(ProcessIds.campaignId(execution));
  }
}

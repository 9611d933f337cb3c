package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_OpenCampaign: opens the issuer's own conference and the lower units' campaigns, conferences and expected
 * reports. Its own conference is found again from the campaign ({@code CampaignService#ownConferenceId}), never
 * from a variable.
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  OpenCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.openCampaign(ProcessIds.campaignId(execution), execution.getProcessInstanceId());
  }
}

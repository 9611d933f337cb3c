package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessIds;

/**
 * ServiceTask_CollectLowerDelegates: the delegates the lower conferences sent up become the nominees of the issuing
 * unit's own conference, with their unit of origin.
 */
@Component("collectLowerDelegatesDelegate")
class CollectLowerDelegatesDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  CollectLowerDelegatesDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = ProcessIds.campaignId(execution);
    campaigns.collectLowerDelegates(campaignId, campaigns.ownConferenceId(campaignId));
  }
}

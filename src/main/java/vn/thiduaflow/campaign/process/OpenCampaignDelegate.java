package vn.thiduaflow.campaign.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_OpenCampaign: opens the issuer's own conference and the lower units' campaigns, conferences and expected
 * reports; sets {@code ownConferenceId}.
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  OpenCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long own = campaigns.openCampaign(ProcessIds.campaignId(execution), execution.getProcessInstanceId());
    execution.setVariable(Vars.OWN_CONFERENCE_ID, own);
  }
}

package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel;

/**
 * ServiceTask_CloseCampaign: every lower unit has finished (late ones included); the campaign closes, and the message
 * {@value ProcessModel#CAMPAIGN_CLOSED} ends the periodic progress reports (ReceiveTask_AwaitCampaignClosed) of this
 * instance.
 */
@Component("closeCampaignDelegate")
class CloseCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  CloseCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.close(ProcessIds.campaignId(execution));
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(ProcessModel.CAMPAIGN_CLOSED)
        .processInstanceId(execution.getProcessInstanceId()).correlateAll();
  }
}

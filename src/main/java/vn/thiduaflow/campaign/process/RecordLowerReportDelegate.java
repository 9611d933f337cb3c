package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_RecordLowerReport: the lower unit's report arrived (message); records it with its delegate count. */
@Component("recordLowerReportDelegate")
class RecordLowerReportDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  RecordLowerReportDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.receiveLowerReport(ProcessIds.campaignId(execution),
        (String) execution.getVariable(Vars.LOWER_UNIT_CODE));
  }
}

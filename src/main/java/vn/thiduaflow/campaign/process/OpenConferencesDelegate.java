package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.system.ProcessModel.Vars;

/** ServiceTask_OpenConferences: opens the campaign's unit conferences; sets {@code ownConferenceId}. */
@Component("openConferencesDelegate")
class OpenConferencesDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  OpenConferencesDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long own = campaigns.openConferences((Long) execution.getVariable(Vars.CAMPAIGN_ID));
    execution.setVariable(Vars.OWN_CONFERENCE_ID, own);
  }
}

package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.campaign.MissingReportDecision;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_DecideMissingReport: records the chair's waiver (with its reason, who and when) or the new
 * due day, and sets the flag {@code lowerUnitWaived} that Gateway_Waived decides on, in the unit's own
 * SubProcess_AwaitLowerReport (each lower unit waits in an instance of its own).
 */
@Component("recordMissingReportDecisionListener")
class RecordMissingReportDecisionListener implements TaskListener {

  private final CampaignService campaigns;

  RecordMissingReportDecisionListener(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    MissingReportDecision decision = form.choice(Fields.MISSING_REPORT_DECISION, MissingReportDecision.class);
    String reason = form.text(Fields.WAIVER_REASON);
    var waitUntil = form.date(Fields.WAIT_UNTIL);
    campaigns.decideMissingReport(ProcessIds.campaignId(task),
        (String) task.getVariable(Vars.LOWER_UNIT_CODE), decision, reason, waitUntil, task.getAssignee());
    task.getExecution().setVariable(Vars.LOWER_UNIT_WAIVED, decision == MissingReportDecision.WAIVE,
        Elements.AWAIT_LOWER_REPORT);
  }
}

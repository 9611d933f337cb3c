package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.simulation.SimulationResult.TimelineEntry;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The chair of the unit above decides on a missing report the day after being asked: wait 7 more days; the second
 * time, waive the unit if the script says so, else keep waiting.
 */
@Component
class DecideMissingReportActor implements CampaignTaskActor {

  private final TaskService taskService;
  private final CouncilDirectory councils;
  private final CampaignService campaigns;

  DecideMissingReportActor(TaskService taskService, CouncilDirectory councils, CampaignService campaigns) {
    this.taskService = taskService;
    this.councils = councils;
    this.campaigns = campaigns;
  }

  @Override
  public String taskKey() {
    return Elements.DECIDE_MISSING_REPORT;
  }

  @Override
  public void act(Task task, Long campaignId, SimulationRun run) {
    String unit = (String) taskService.getVariable(task.getId(), ProcessModel.Vars.LOWER_UNIT_CODE);
    Campaign above = run.campaign(campaignId);
    String chair = councils.holder(above.getAdminStructure(), above.getIssuerCode(), CouncilRole.CHAIR);
    run.inEngine("claim " + task.getTaskDefinitionKey(), () -> taskService.claim(task.getId(), chair));
    int attempt = run.countAttempt(campaignId + "/" + unit + "/" + task.getTaskDefinitionKey());
    Map<String, Object> vars = new HashMap<>();
    String unitName = campaigns.lowerReports(campaignId).stream().filter(r -> r.getUnitCode().equals(unit))
        .findFirst().map(LowerReport::getUnitName).orElse(unit);
    String what;
    if (attempt >= 1 && run.script().waivedReport().contains(unit)) {
      vars.put(Fields.MISSING_REPORT_DECISION, "WAIVE");
      vars.put(Fields.WAIVER_REASON, "Đơn vị chưa tổ chức xong Hội nghị; miễn để kịp tiến độ Đại hội cấp trên");
      what = task.getName() + ": MIỄN " + unitName + " (có lý do)";
    } else {
      LocalDate until = EngineClock.today().plusDays(7);
      vars.put(Fields.MISSING_REPORT_DECISION, "WAIT");
      vars.put(Fields.WAIT_UNTIL, until.toString());
      what = task.getName() + ": chờ " + unitName + " đến " + until;
    }
    run.inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), vars));
    run.record(new TimelineEntry(EngineClock.now(), run.campaign(campaignId).getIssuerName(), what));
  }
}

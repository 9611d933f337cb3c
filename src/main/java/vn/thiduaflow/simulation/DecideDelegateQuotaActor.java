package vn.thiduaflow.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.quota.DelegateQuotaService;
import vn.thiduaflow.simulation.SimulationResult.TimelineEntry;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The standing office decides a lower unit's delegate quota (issue 22) the day after being asked: the plan's starting
 * proposal where it gives one, else an equal share of the congress's official delegates (one collective, the rest
 * individuals, at most five); the first unit's first decision gives it the whole congress, which is refused (the
 * total would exceed it), and the office then decides the share.
 */
@Component
class DecideDelegateQuotaActor implements CampaignTaskActor {

  private final TaskService taskService;
  private final CouncilDirectory councils;
  private final CampaignService campaigns;
  private final PlanCatalog plans;
  private final DelegateQuotaService quotas;

  DecideDelegateQuotaActor(TaskService taskService, CouncilDirectory councils, CampaignService campaigns,
      PlanCatalog plans, DelegateQuotaService quotas) {
    this.taskService = taskService;
    this.councils = councils;
    this.campaigns = campaigns;
    this.plans = plans;
    this.quotas = quotas;
  }

  @Override
  public String taskKey() {
    return Elements.DECIDE_DELEGATE_QUOTA;
  }

  @Override
  public void act(Task task, Long campaignId, SimulationRun run) {
    String unit = (String) taskService.getVariable(task.getId(), ProcessModel.Vars.LOWER_UNIT_CODE);
    Campaign campaign = run.campaign(campaignId);
    String office = councils.holder(campaign.getAdminStructure(), campaign.getIssuerCode(), CouncilRole.STANDING_OFFICE);
    run.inEngine("claim " + task.getTaskDefinitionKey(), () -> taskService.claim(task.getId(), office));
    int attempt = run.countAttempt(campaignId + "/" + unit + "/" + task.getTaskDefinitionKey());
    Plan plan = plans.get(campaign.getPlanId());
    List<String> units = quotas.unitsToDecide(campaignId);
    int cap = DelegateQuotaService.totalCap(plan);
    var report = campaigns.lowerReports(campaignId).stream().filter(r -> r.getUnitCode().equals(unit)).findFirst()
        .orElseThrow();
    var rule = plan.levels().get(report.getUnitLevel()).upperQuota();
    int share = Math.max(1, cap / Math.max(1, units.size()));
    int collectives = rule.collectives() + rule.individuals() > 0 ? rule.collectives() : 1;
    int individuals = rule.collectives() + rule.individuals() > 0 ? rule.individuals() : Math.min(5, share - 1);
    if (attempt == 0 && unit.equals(units.get(0)) && units.size() > 1) {
      collectives = 0;
      individuals = cap + 1; // more than the whole congress: refused
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(DelegateQuotaService.FIELD_COLLECTIVES, collectives);
    vars.put(DelegateQuotaService.FIELD_INDIVIDUALS, individuals);
    String what = task.getName() + ": " + collectives + " tập thể, " + individuals + " cá nhân";
    try {
      run.inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), vars));
    } catch (RuntimeException e) {
      var refused = InvalidInputException.in(e).orElseThrow(() -> e);
      run.record(new TimelineEntry(EngineClock.now(), campaign.getIssuerName(), what + " — ✗ bị từ chối (refused): "
          + refused.vietnamese()));
      return;
    }
    run.record(new TimelineEntry(EngineClock.now(), campaign.getIssuerName(), what));
  }
}

package vn.thiduaflow.event.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.event.CurrentEvent;
import vn.thiduaflow.event.OutsideEventChanges;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.VietnameseDates;

/**
 * On creating UserTask_ChangeEventDate: names the task with the campaign's issuer and gives its form, as task-local
 * variables, {@value #BRIEF} (Markdown: the plan, each event with its current date and clause, and which conferences
 * must come before or after it) and {@value #OPTIONS} (the event select's options: the plan's events, label and code).
 */
@Component("showOutsideEventsListener")
class ShowOutsideEventsListener implements TaskListener {

  static final String BRIEF = "taskBrief";
  static final String OPTIONS = "outsideEventOptions";

  private final ChangeOutsideEventDate process;
  private final OutsideEventChanges changes;

  ShowOutsideEventsListener(ChangeOutsideEventDate process, OutsideEventChanges changes) {
    this.process = process;
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    Long campaignId = process.campaignOf(task);
    Plan plan = changes.planOf(campaignId);
    List<CurrentEvent> events = changes.events(campaignId);
    List<String> lines = new ArrayList<>();
    lines.add("**Kế hoạch:** số " + plan.number() + " " + plan.issuedOn().shortForm() + " của "
        + plan.issuer().name());
    List<Map<String, Object>> options = new ArrayList<>();
    for (CurrentEvent e : events) {
      lines.add("**Sự kiện:** " + e.markdown() + order(plan, e.event().code()));
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", e.event().name() + " (ngày " + VietnameseDates.day(e.date()) + ")");
      option.put("value", e.event().code());
      options.add(option);
    }
    task.setName(task.getName() + " — " + plan.issuer().name());
    task.setVariableLocal(BRIEF, String.join("\n\n", lines));
    task.setVariableLocal(OPTIONS, FormLists.json(options));
  }

  /** "; Hội nghị cấp xã phải tổ chức trước sự kiện" for each tier of the plan that names the event. */
  private static String order(Plan plan, String code) {
    Map<String, TierRules> tiers = new LinkedHashMap<>();
    tiers.put("Hội nghị của " + plan.issuer().name(), plan.ownConference());
    if (plan.lowerConferences() != null) {
      tiers.put("Hội nghị của các đơn vị cấp dưới", plan.lowerConferences());
    }
    plan.levels().forEach((level, rules) -> tiers.put("Hội nghị cấp " + level.name(), rules.conference()));
    StringBuilder s = new StringBuilder();
    tiers.forEach((label, tier) -> tier.relativeTo().stream().filter(r -> r.event().equals(code)).forEach(r ->
        s.append("; ").append(label).append(" phải tổ chức ").append(r.relation().vietnamese()).append(" sự kiện")));
    return s.toString();
  }
}

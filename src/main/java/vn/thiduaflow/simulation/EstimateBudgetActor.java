package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.submission.DutyService;

/**
 * Issue 24: the finance officer sends the budget estimate as prefilled (venue, documents, certificates and frames at
 * 0 đồng, the award money computed) with the venue's cost added, when the other duties are reported done (the next
 * morning or on the due day); a unit the script makes late is late here too (3 days after the due day).
 */
@Component
class EstimateBudgetActor implements ConferenceTaskActor {

  private final DutyService duties;
  private final BudgetEstimateService budgets;

  EstimateBudgetActor(DutyService duties, BudgetEstimateService budgets) {
    this.duties = duties;
    this.budgets = budgets;
  }

  @Override
  public String taskKey() {
    return BudgetEstimateService.ESTIMATE_TASK;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    LocalDate due = duties.dueDay(task.conference().getId(), BudgetEstimateService.DUTY_CODE);
    LocalDateTime next = task.nextMorning();
    return task.script().lateNominations().contains(task.unit()) ? due.plusDays(3).atTime(9, 0)
        : next.isAfter(due.atTime(9, 0)) ? due.atTime(9, 0) : next;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    var rows = budgets.rows(task.conference().getId()).stream().map(r -> {
      var row = new java.util.LinkedHashMap<>(r);
      if ("VENUE".equals(row.get("kind"))) {
        row.put("amount", 3_000_000L);
      }
      return (java.util.Map<String, Object>) row;
    }).toList();
    form.put(BudgetEstimateService.LINES, rows);
    form.describe(" (" + rows.size() + " khoản)");
  }
}

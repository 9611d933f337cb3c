package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.AwardMoneyCalculator;
import vn.thiduaflow.submission.BudgetEstimate;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.submission.DutyForms;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On creating UserTask_ReportDutyDone or UserTask_AssignSupervisor (after {@code taskContentListener}): puts what the
 * task shows into it as task-local variables ({@link DutyForms}) and, for a duty, adds its lines — what, who, due
 * when with the clause — to the task's brief ({@value TaskBrief#BRIEF}); for the budget estimate's tasks (issue 24)
 * the officer's lines (prefilled, or those returned with the chair's reason) and the item options, or the chair's
 * table, total and fund check ({@link BudgetEstimateService}).
 */
@Component("showDutyListener")
class ShowDutyListener implements TaskListener {

  private final DutyForms forms;
  private final BudgetEstimateService budgets;

  ShowDutyListener(DutyForms forms, BudgetEstimateService budgets) {
    this.forms = forms;
    this.budgets = budgets;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    if (Elements.ASSIGN_SUPERVISOR.equals(task.getTaskDefinitionKey())) {
      task.setVariablesLocal(forms.supervisor(conferenceId));
      return;
    }
    String code = (String) task.getVariable(Vars.DUTY_CODE);
    TaskBrief.append(task, forms.briefLines(conferenceId, code));
    if (BudgetEstimateService.ESTIMATE_TASK.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(BudgetEstimateService.LINES, FormLists.json(budgets.rows(conferenceId)));
      task.setVariableLocal("budgetKindOptions", FormLists.json(BudgetEstimateService.kindOptions()));
      task.setVariableLocal("budgetReturned", budgets.of(conferenceId)
          .filter(e -> e.getStatus() == BudgetEstimate.Status.RETURNED)
          .map(e -> "**Chủ tịch đã trả lại Dự trù kinh phí, lý do:** " + MarkdownText.escape(e.getReturnReason()))
          .orElse(""));
    } else if (BudgetEstimateService.APPROVE_TASK.equals(task.getTaskDefinitionKey())) {
      BudgetEstimate e = budgets.of(conferenceId).orElseThrow();
      task.setVariableLocal("budgetTable", FormLists.json(budgets.table(conferenceId)));
      task.setVariableLocal("budgetTotal", "Tổng dự trù: " + AwardMoneyCalculator.dong(e.getTotal())
          + " (trong đó tiền thưởng " + AwardMoneyCalculator.dong(e.getAwardMoney()) + ", chi khi ban hành Quyết "
          + "định khen thưởng)");
      task.setVariableLocal("budgetFundCheck", budgets.check(conferenceId).text());
    }
  }
}

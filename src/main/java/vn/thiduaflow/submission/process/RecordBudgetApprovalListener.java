package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_ApproveBudget: the chair approves ({@code budgetDecision = APPROVE}, {@link
 * BudgetEstimateService#approve}: refused when the fund of the year falls short) or returns the estimate with a reason
 * ({@code RETURN}); sets the gateway's flag {@value BudgetEstimateService#APPROVED} on the duty's instance.
 */
@Component("recordBudgetApprovalListener")
class RecordBudgetApprovalListener implements TaskListener {

  private final BudgetEstimateService budgets;
  private final UnitAccess access;

  RecordBudgetApprovalListener(BudgetEstimateService budgets, UnitAccess access) {
    this.budgets = budgets;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = FormLists.take(task, "budgetDecision", "Quyết định", "the decision")
        .map(FormLists.Sent::value).orElse(null);
    Object reason = FormLists.take(task, "budgetReturnReason", "Lý do trả lại", "the reason")
        .map(FormLists.Sent::value).orElse(null);
    Long conferenceId = ProcessIds.conferenceId(task);
    if ("APPROVE".equals(decision)) {
      budgets.approve(conferenceId, access.userId());
      task.getExecution().setVariable(BudgetEstimateService.APPROVED, true);
    } else if ("RETURN".equals(decision)) {
      budgets.returnEstimate(conferenceId, reason == null ? null : reason.toString(), access.userId());
      task.getExecution().setVariable(BudgetEstimateService.APPROVED, false);
    } else {
      throw InvalidInputException.of("budgetDecision", "budget.noChoice");
    }
  }
}

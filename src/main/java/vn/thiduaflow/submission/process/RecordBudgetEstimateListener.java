package vn.thiduaflow.submission.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_EstimateBudget: stores the finance officer's estimate ({@link BudgetEstimateService#draft}:
 * every wrong line refused at once with its row, the task stays open) and the fund's income of the year when given
 * ({@code fundIncome}, {@code fundIncomeSource}); the form's values are taken out of the process. The conference is
 * the task's (business key), never the form's.
 */
@Component("recordBudgetEstimateListener")
class RecordBudgetEstimateListener implements TaskListener {

  private final BudgetEstimateService budgets;
  private final UnitAccess access;

  RecordBudgetEstimateListener(BudgetEstimateService budgets, UnitAccess access) {
    this.budgets = budgets;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object lines = FormLists.take(task, BudgetEstimateService.LINES, "Dự trù kinh phí", "the budget estimate")
        .map(FormLists.Sent::value).orElse(null);
    Object income = FormLists.take(task, "fundIncome", "Thu của quỹ", "the fund's income")
        .map(FormLists.Sent::value).orElse(null);
    Object source = FormLists.take(task, "fundIncomeSource", "Nguồn thu", "the income's source")
        .map(FormLists.Sent::value).orElse(null);
    FormLists.take(task, "budgetKindOptions", "", "");
    Long amount;
    try {
      amount = income == null || income.toString().isBlank() ? null
          : new java.math.BigDecimal(income.toString().strip()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw InvalidInputException.of("fundIncome", "fund.amount", "100.000.000.000 đồng");
    }
    try {
      budgets.draft(ProcessIds.conferenceId(task), BudgetEstimateService.read(lines), amount,
          source == null ? null : source.toString(), access.userId());
    } catch (InvalidInputException e) {
      throw FormLists.named(e, BudgetEstimateService.LINES, "Dòng", "Line", Map.of("kind", "Khoản chi",
          "description", "Nội dung", "amount", "Số tiền (đồng)"));
    }
  }
}

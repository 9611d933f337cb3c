package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On reaching Gateway_BudgetEstimate (UnitDuties.bpmn): sets the duty instance's local flag {@value
 * BudgetEstimateService#FLAG}, true when the duty is the plan's budget estimate ({@link
 * BudgetEstimateService#isEstimate}).
 */
@Component("budgetDutyFlagListener")
class BudgetDutyFlagListener implements ExecutionListener {

  private final BudgetEstimateService budgets;

  BudgetDutyFlagListener(BudgetEstimateService budgets) {
    this.budgets = budgets;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(BudgetEstimateService.FLAG,
        budgets.isEstimate((String) execution.getVariable(Vars.DUTY_CODE)));
  }
}

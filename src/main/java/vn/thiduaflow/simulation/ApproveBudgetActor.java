package vn.thiduaflow.simulation;

import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.BudgetEstimateService;

/** Issue 24: the chair approves the budget estimate the morning after it arrives (the default time). */
@Component
class ApproveBudgetActor implements ConferenceTaskActor {

  @Override
  public String taskKey() {
    return BudgetEstimateService.APPROVE_TASK;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    form.put("budgetDecision", "APPROVE");
  }
}

package vn.thiduaflow.quota.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.quota.DelegateQuotaService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_DecideMissingReport (after the chair's decision is recorded): when the chair waived the
 * unit, its delegate quota is no longer the standing office's to decide — an undecided one is recorded as 0 and 0
 * ({@link DelegateQuotaService#waive}) and the office's open UserTask_DecideDelegateQuota for that unit ends, so the
 * campaign can close. Nothing happens for a unit whose quota the plan fixes or the office has decided.
 */
@Component("delegateQuotaWaiverListener")
class DelegateQuotaWaiverListener implements TaskListener {

  private final DelegateQuotaService quotas;

  DelegateQuotaWaiverListener(DelegateQuotaService quotas) {
    this.quotas = quotas;
  }

  @Override
  public void notify(DelegateTask task) {
    Long campaignId = ProcessIds.campaignId(task);
    String unitCode = (String) task.getVariable(Vars.LOWER_UNIT_CODE);
    if (!quotas.reportWaived(campaignId, unitCode)) {
      return;
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = authentication != null ? authentication.getUserId() : task.getAssignee();
    if (!quotas.waive(campaignId, unitCode, by)) {
      return;
    }
    var taskService = task.getProcessEngineServices().getTaskService();
    taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(Elements.DECIDE_DELEGATE_QUOTA).list().stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), Vars.LOWER_UNIT_CODE)))
        .forEach(t -> taskService.complete(t.getId()));
  }
}

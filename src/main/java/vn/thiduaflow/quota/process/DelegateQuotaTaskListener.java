package vn.thiduaflow.quota.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.quota.DelegateQuotaService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * UserTask_DecideDelegateQuota of the Campaign model, one per lower unit whose quota the plan leaves to the standing
 * office. On create: names the task "Phân bổ số đại biểu dự Đại hội — &lt;unit&gt;" and gives its form the task-local
 * {@code quotaBrief} (Markdown: the congress's total, what is decided so far, the clause). On complete: records the
 * decision ({@link DelegateQuotaService#decide}); a refused decision rolls the completion back and the task stays open.
 * The unit comes from the multi-instance element variable {@code lowerUnitCode}, which no form can write (the form's
 * own fields are the only ones read).
 */
@Component("delegateQuotaTaskListener")
class DelegateQuotaTaskListener implements TaskListener {

  static final String BRIEF = "quotaBrief";

  private final DelegateQuotaService quotas;
  private final LowerReportRepository lowerReports;

  DelegateQuotaTaskListener(DelegateQuotaService quotas, LowerReportRepository lowerReports) {
    this.quotas = quotas;
    this.lowerReports = lowerReports;
  }

  @Override
  public void notify(DelegateTask task) {
    Long campaignId = ProcessIds.campaignId(task);
    String unitCode = (String) task.getExecution().getVariableLocal(Vars.LOWER_UNIT_CODE);
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode)
          .ifPresent(r -> task.setName("Phân bổ số đại biểu dự Đại hội — " + r.getUnitName()));
      task.setVariableLocal(BRIEF, quotas.brief(campaignId, unitCode));
      return;
    }
    FormValues form = FormValues.of(task);
    Integer collectives = form.integer(DelegateQuotaService.FIELD_COLLECTIVES);
    Integer individuals = form.integer(DelegateQuotaService.FIELD_INDIVIDUALS);
    if (collectives == null && individuals == null && quotas.decided(campaignId, unitCode).isPresent()) {
      return; // ended by a waiver of the unit's report (DelegateQuotaWaiverListener), which recorded 0 and 0
    }
    // the logged-in user (Tasklist completes without claiming too), else the assignee (the simulator, tests)
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee();
    quotas.decide(campaignId, unitCode, collectives, individuals, form.text(DelegateQuotaService.FIELD_NOTE), actor);
  }
}

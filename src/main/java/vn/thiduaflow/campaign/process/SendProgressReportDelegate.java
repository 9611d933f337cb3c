package vn.thiduaflow.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.ProgressReportService;
import vn.thiduaflow.system.ProcessIds;

/** ServiceTask_SendProgressReport, each time BoundaryEvent_ProgressReportDue (a repeating timer) fires. */
@Component("sendProgressReportDelegate")
class SendProgressReportDelegate implements JavaDelegate {

  private final ProgressReportService reports;

  SendProgressReportDelegate(ProgressReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.send(ProcessIds.campaignId(execution));
  }
}

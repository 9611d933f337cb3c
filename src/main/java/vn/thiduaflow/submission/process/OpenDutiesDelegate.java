package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.DutyService;
import vn.thiduaflow.submission.SupervisionService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_OpenDuties, first in the duties branch beside the main flow once the conference is scheduled: opens the
 * plan's duties for the unit ({@link DutyService#open}) and sets {@value Vars#SUPERVISION_REQUIRED}
 * ({@link SupervisionService#required}).
 */
@Component("openDutiesDelegate")
class OpenDutiesDelegate implements JavaDelegate {

  private final DutyService duties;
  private final SupervisionService supervision;

  OpenDutiesDelegate(DutyService duties, SupervisionService supervision) {
    this.duties = duties;
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    duties.open(conferenceId);
    execution.setVariable(Vars.SUPERVISION_REQUIRED, supervision.required(conferenceId));
  }
}

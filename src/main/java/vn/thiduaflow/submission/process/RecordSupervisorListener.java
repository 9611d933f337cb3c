package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.DutyForms;
import vn.thiduaflow.submission.SupervisionService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_AssignSupervisor: records the council member the standing office above chose
 * ({@link SupervisionService#assign}: nobody, or someone outside the council above, is refused naming the field). The
 * choice and the options are taken out of the process. The member chosen may then read that conference's instance
 * ({@link SupervisionService#letFollow}).
 */
@Component("recordSupervisorListener")
class RecordSupervisorListener implements TaskListener {

  private final SupervisionService supervision;
  private final UnitAccess access;

  RecordSupervisorListener(SupervisionService supervision, UnitAccess access) {
    this.supervision = supervision;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object chosen = FormLists.take(task, Fields.SUPERVISOR, "Thành viên phụ trách", "the supervisor")
        .map(FormLists.Sent::value).orElse(null);
    FormLists.take(task, DutyForms.SUPERVISOR_OPTIONS, "Danh sách thành viên", "the options");
    FormLists.take(task, "supervisionRule", "Yêu cầu", "the rule");
    Long conferenceId = ProcessIds.conferenceId(task);
    var assigned = supervision.assign(conferenceId, chosen == null ? null : chosen.toString(), access.userId());
    // the supervisor follows the unit's conference in Cockpit (READ on its instance only)
    supervision.letFollow(conferenceId, assigned.getUsername());
  }
}

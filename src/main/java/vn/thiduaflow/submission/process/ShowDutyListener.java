package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.DutyForms;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On creating UserTask_ReportDutyDone or UserTask_AssignSupervisor (after {@code taskContentListener}): puts what the
 * task shows into it as task-local variables ({@link DutyForms}) and, for a duty, adds its lines — what, who, due
 * when with the clause — to the task's brief ({@value TaskBrief#BRIEF}).
 */
@Component("showDutyListener")
class ShowDutyListener implements TaskListener {

  private final DutyForms forms;

  ShowDutyListener(DutyForms forms) {
    this.forms = forms;
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
  }
}

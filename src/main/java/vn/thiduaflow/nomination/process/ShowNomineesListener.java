package vn.thiduaflow.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On creating UserTask_SubmitNominations: puts the unit's current nominee list into the task (task-local
 * {@code nominees}, Json), where the nominations form's dynamic list shows it for the secretary to complete or
 * correct. The variable lives on the task only and is removed when the task is completed.
 */
@Component("showNomineesListener")
class ShowNomineesListener implements TaskListener {

  private final NomineeListService nominees;

  ShowNomineesListener(NomineeListService nominees) {
    this.nominees = nominees;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(Fields.NOMINEES, vn.thiduaflow.system.FormLists.json(nominees.formRows(ProcessIds.conferenceId(task))));
  }
}

package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On creating a council task (UserTask_MaintainCouncil, UserTask_EditCouncil): puts the unit's current people (possibly none) into the task's own
 * {@value Fields#COUNCIL_MEMBERS}, the council form's dynamic list.
 */
@Component("showCouncilListener")
class ShowCouncilListener implements TaskListener {

  private final CouncilMaintenance units;
  private final CouncilService councils;

  ShowCouncilListener(CouncilMaintenance units, CouncilService councils) {
    this.units = units;
    this.councils = councils;
  }

  @Override
  public void notify(DelegateTask task) {
    var unit = units.unitOf(task);
    task.setVariableLocal(Fields.COUNCIL_MEMBERS, vn.thiduaflow.system.FormLists.json(councils.formRows(unit.structure(),
        unit.code())));
  }
}

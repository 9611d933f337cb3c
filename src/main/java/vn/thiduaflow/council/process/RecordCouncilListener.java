package vn.thiduaflow.council.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing a council task (UserTask_MaintainCouncil, UserTask_EditCouncil): stores the council list the standing office sent
 * ({@link CouncilService#replace}: users, groups, audit) and sets {@value Vars#COUNCIL_READY}. A wrong list is refused
 * with every wrong row and field named as the form shows it ("Người thứ 3 — Tên đăng nhập: …"); nothing is kept.
 * The task's candidates are the unit's standing office, so the engine work (users, groups) runs without the office's
 * own authorizations, which do not include Camunda's identity administration.
 */
@Component("recordCouncilListener")
class RecordCouncilListener implements TaskListener {

  private static final Map<String, String> LABELS = Map.of("fullName", "Họ và tên", "username", "Tên đăng nhập",
      "role", "Vai trò", "email", "Thư điện tử");

  private final CouncilMaintenance units;
  private final CouncilService councils;
  private final UnitAccess access;

  RecordCouncilListener(CouncilMaintenance units, CouncilService councils, UnitAccess access) {
    this.units = units;
    this.councils = councils;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    var unit = units.unitOf(task);
    Object sent = FormLists.take(task, Fields.COUNCIL_MEMBERS, "Danh sách Hội đồng", "the council list")
        .map(FormLists.Sent::value).orElse(null);
    String actor = access.userId();
    try {
      List<CouncilService.Entry> rows = CouncilService.fromForm(sent);
      access.asSystem(() -> councils.replace(unit.structure(), unit.code(), unit.name(), rows, actor));
    } catch (InvalidInputException e) {
      throw readable(e);
    }
    task.getExecution().getProcessInstance().setVariable(Vars.COUNCIL_READY, true);
  }

  /** The same problems, each named by the person's place in the form and the field's label. */
  static InvalidInputException readable(InvalidInputException e) {
    return FormLists.named(e, Fields.COUNCIL_MEMBERS, "Người", "Person", LABELS);
  }
}
